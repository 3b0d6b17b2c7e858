package org.policy321.bench.scale;

import java.util.Arrays;

/** The median and 95th percentile of one read's samples, in milliseconds. */
record Timing(double p50, double p95, int samples) {

  /** Calls the read {@code warmup} times unmeasured, then {@code samples} times, each timed alone. */
  static Timing of(Read read, int warmup, int samples) {
    for (int i = 0; i < warmup; i++) {
      read.call().accept(i);
    }
    double[] millis = new double[samples];
    for (int i = 0; i < samples; i++) {
      long start = System.nanoTime();
      read.call().accept(warmup + i);
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
