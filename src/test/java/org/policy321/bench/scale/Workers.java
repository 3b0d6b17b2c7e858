package org.policy321.bench.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongToIntFunction;

/**
 * Runs numbered units of work on a few threads until they have produced enough: each thread takes the
 * next number, runs it, and adds what it produced (cases ended, tasks opened). A failure stops the run.
 */
final class Workers {

  private final int threads;
  private final AtomicLong nextNumber;

  Workers(int threads, long firstNumber) {
    this.threads = threads;
    this.nextNumber = new AtomicLong(firstNumber);
  }

  /** As {@link #produce}, but on the calling thread alone. */
  long produceAlone(long wanted, LongToIntFunction work) {
    long produced = 0;
    while (produced < wanted) {
      produced += work.applyAsInt(nextNumber.getAndIncrement());
    }
    return produced;
  }

  /** Runs {@code work} on numbers until it has produced {@code wanted}; returns what it produced. */
  long produce(long wanted, LongToIntFunction work) {
    AtomicLong produced = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(pool.submit(() -> {
          while (produced.get() < wanted) {
            produced.addAndGet(work.applyAsInt(nextNumber.getAndIncrement()));
          }
        }));
      }
      for (Future<?> worker : running) {
        worker.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("generating failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return produced.get();
  }
}
