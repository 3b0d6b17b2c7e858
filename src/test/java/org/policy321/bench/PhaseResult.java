package org.policy321.bench;

/** What one phase measured. */
record PhaseResult(String name, int threads, int instances, long elapsedNanos, long peakHeapBytes,
    long documents, double millisPerDocument, double millisPerStore) {

  double instancesPerSecond() {
    return instances / (elapsedNanos / 1e9);
  }

  double millisPerInstance() {
    return elapsedNanos / 1e6 / instances;
  }

  String row() {
    String docs = documents == 0 ? "%8s %8s %8s".formatted("-", "-", "-")
        : "%8d %8.1f %8.1f".formatted(documents, millisPerDocument, millisPerStore);
    return "%-24s %7d %9d %8.1f %8.1f %8.1f %s %8.0f".formatted(name, threads, instances, elapsedNanos / 1e9,
        instancesPerSecond(), millisPerInstance(), docs, peakHeapBytes / 1024.0 / 1024.0);
  }

  static String header() {
    return "%-24s %7s %9s %8s %8s %8s %8s %8s %8s %8s".formatted("phase", "threads", "instances", "seconds",
        "inst/s", "ms/inst", "docs", "ms/doc", "ms/store", "heap MB");
  }
}
