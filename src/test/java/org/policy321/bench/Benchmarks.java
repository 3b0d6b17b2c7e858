package org.policy321.bench;

import org.policy321.bench.scale.ScaleBenchmark;

/**
 * The {@code bench} profile's entry point: runs the benchmark that {@code bench.main} names —
 * {@code throughput} ({@link ThroughputBenchmark}, issue 6, the default) or {@code scale}
 * ({@link ScaleBenchmark}, issue 18) — so one Maven execution serves both.
 */
public final class Benchmarks {

  private Benchmarks() {}

  public static void main(String[] args) {
    String which = System.getProperty("bench.main", "throughput");
    switch (which) {
      case "throughput" -> ThroughputBenchmark.main(args);
      case "scale" -> ScaleBenchmark.main(args);
      default -> throw new IllegalArgumentException("bench.main: throughput or scale, not " + which);
    }
  }
}
