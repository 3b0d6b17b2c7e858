package org.policy321.bench.scale;

import java.util.Map;

/**
 * One application measured at one size: its finished cases, the reads' timings, its database and its heap
 * (used after a full GC; the pools' peak since the last checkpoint, generation included), and the rate at
 * which the generator finished the cases since the last checkpoint.
 */
record Checkpoint(String app, long cases, Map<String, Timing> timings, Storage storage, long uploadedBytes,
    long heapAfterGcBytes, long heapPeakBytes, double casesPerSecond) {

  double bytesPerCase() {
    return (double) storage.tableBytes() / cases;
  }

  /** Document bytes per case: what the application stored plus the uploads the generator sent. */
  double documentBytesPerCase() {
    return (double) (storage.documentBytes() + uploadedBytes) / cases;
  }
}
