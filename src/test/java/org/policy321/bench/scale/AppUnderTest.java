package org.policy321.bench.scale;

import java.util.List;
import java.util.Map;

/**
 * What the scale benchmark needs of one application, the product or the bare Camunda app: fill its history
 * through the engine, keep open decision tasks waiting, and the reads of its screens over HTTP.
 */
interface AppUnderTest {

  /** "product" or "bare". */
  String name();

  /** Drives cases to their end until {@code count} more have ended. */
  void finishCases(long count);

  /** Starts cases until {@code count} decision tasks wait (for the Chief); they are what the completions use up. */
  void keepOpenTasks(int count);

  /** The reads to time, in the report's order, by name; each may use up to {@code calls} open tasks or cases. */
  Map<String, Read> reads(RestClient rest, int calls);

  /** Bytes of uploads the generator sent (layouts), to set beside the database's size. */
  long uploadedBytes();

  /** The names of the reads, in the report's order (a bare app has no approvals list). */
  List<String> READS = List.of("task list", "open task form", "complete task", "approvals list", "case history",
      "search by case number");
}
