package org.policy321.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.camunda.bpm.engine.HistoryService;

/**
 * Runs N instances of one driver on T threads (each thread takes the next instance until all are
 * done) and measures the wall-clock time, the CPU time of the driving threads (which on H2 includes
 * the database's work, on PostgreSQL not the server's), the documents generated and the heap's peak. Checks
 * afterwards that every instance ended: a phase that lost instances measured nothing.
 */
final class PhaseRunner {

  private final HistoryService history;
  private final DocumentTimer documents;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private final HeapPeak heap = new HeapPeak();
  private final AtomicInteger instanceNumbers = new AtomicInteger();

  PhaseRunner(HistoryService history, DocumentTimer documents) {
    this.history = history;
    this.documents = documents;
  }

  PhaseResult run(InstanceDriver driver, int instances, int threads) {
    long finishedBefore = finished(driver);
    System.gc(); // every phase starts from the same tidy heap, so its peak is its own
    heap.reset();
    documents.reset();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger remaining = new AtomicInteger(instances);
    LongAdder cpuNanos = new LongAdder();
    long start = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          long cpuStart = THREADS.getCurrentThreadCpuTime();
          try {
            while (remaining.getAndDecrement() > 0) {
              driver.runOne(instanceNumbers.incrementAndGet());
            }
          } finally {
            cpuNanos.add(THREADS.getCurrentThreadCpuTime() - cpuStart);
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(driver.name() + " failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    long elapsed = System.nanoTime() - start;
    long ended = finished(driver) - finishedBefore;
    if (ended != instances) {
      throw new IllegalStateException(driver.name() + ": " + ended + " of " + instances + " instances ended");
    }
    return new PhaseResult(driver.name(), threads, instances, elapsed, cpuNanos.sum(), heap.peakBytes(),
        documents.documents.calls(), documents.documents.millisEach(), documents.documents.cpuMillisEach(),
        documents.storing.cpuMillisEach());
  }

  private long finished(InstanceDriver driver) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(driver.processKey()).finished().count();
  }
}
