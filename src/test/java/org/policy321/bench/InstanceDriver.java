package org.policy321.bench;

/** Drives one process instance from its start to its end, as the people in it would. */
interface InstanceDriver {

  /** A short name for the report. */
  String name();

  /** The process definition key, to count finished instances. */
  String processKey();

  /** One whole instance; {@code index} makes its data distinct. */
  void runOne(int index);
}
