package org.policy321.bench.scale;

import java.util.Map;

/**
 * One application measured at one size: its finished cases, the reads' timings, its database and its heap
 * (used after a full GC; the pools' peak since the last checkpoint, generation included), and the rate at
 * which the generator finished the cases since the last checkpoint.
 */
record Checkpoint(String app, long cases, Map<String, Timing> timings, Storage storage, long uploadedBytes,
    long heapAfterGcBytes, long heapPeakBytes, double casesPerSecond) {

  /**
   * The database's bytes per finished case: on PostgreSQL the tables (indexes and TOAST included), on H2 the
   * file, since H2's per-table figure leaves out large objects (the engine's byte arrays, the documents).
   */
  double bytesPerCase() {
    return (double) (storage.h2FileBytes() >= 0 ? storage.h2FileBytes() : storage.tableBytes()) / cases;
  }

  /**
   * Document bytes per case: the generated documents and the uploaded files, each once; since issue 18 both are
   * rows of {@code document} ({@code uploadedBytes} is what the generator sent, for comparison).
   */
  double documentBytesPerCase() {
    return (double) storage.documentBytes() / cases;
  }
}
