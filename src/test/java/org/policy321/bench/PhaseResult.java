package org.policy321.bench;

/**
 * What one phase measured: wall-clock and CPU time of the driving threads, the documents with
 * their wall-clock and CPU milliseconds each (and the CPU milliseconds of storing one), the heap peak.
 */
record PhaseResult(String name, int threads, int instances, long elapsedNanos, long cpuNanos, long peakHeapBytes,
    long documents, double millisPerDocument, double cpuMillisPerDocument, double cpuMillisPerStore) {

  double instancesPerSecond() {
    return instances / (elapsedNanos / 1e9);
  }

  double millisPerInstance() {
    return elapsedNanos / 1e6 / instances;
  }

  double cpuMillisPerInstance() {
    return cpuNanos / 1e6 / instances;
  }

  String row() {
    String docs = documents == 0 ? "%6s %8s %8s %9s".formatted("-", "-", "-", "-")
        : "%6d %8.1f %8.1f %9.1f".formatted(documents, millisPerDocument, cpuMillisPerDocument, cpuMillisPerStore);
    return "%-24s %7d %9d %8.1f %8.1f %8.1f %8.1f %s %8.0f".formatted(name, threads, instances, elapsedNanos / 1e9,
        instancesPerSecond(), millisPerInstance(), cpuMillisPerInstance(), docs, peakHeapBytes / 1024.0 / 1024.0);
  }

  static String header() {
    return "%-24s %7s %9s %8s %8s %8s %8s %6s %8s %8s %9s %8s".formatted("phase", "threads", "instances", "seconds",
        "inst/s", "ms/inst", "cpu/inst", "docs", "ms/doc", "cpu/doc", "cpu/store", "heap MB");
  }
}
