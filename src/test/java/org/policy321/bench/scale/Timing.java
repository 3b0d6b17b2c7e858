package org.policy321.bench.scale;

import java.util.Arrays;

/** The median and 95th percentile of one read's samples, in milliseconds. */
record Timing(double p50, double p95, int samples) {

  /** Calls the read {@code calls} times unmeasured (calls 0 to calls - 1), for the JIT compiler. */
  static void warm(Read read, int calls) {
    for (int i = 0; i < calls; i++) {
      read.call().accept(i);
    }
  }

  /** Calls the read {@code samples} times from call number {@code first} on, each timed alone. */
  static Timing of(Read read, int first, int samples) {
    double[] millis = new double[samples];
    for (int i = 0; i < samples; i++) {
      long start = System.nanoTime();
      read.call().accept(first + i);
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return new Timing(percentile(millis, 50), percentile(millis, 95), samples);
  }

  private static double percentile(double[] sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
  }
}
