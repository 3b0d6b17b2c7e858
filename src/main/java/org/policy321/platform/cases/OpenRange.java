package org.policy321.platform.cases;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A date range with open ends made closed for a database query: the earliest and latest times either database keeps. */
public record OpenRange(OffsetDateTime from, OffsetDateTime to) {

  private static final OffsetDateTime EARLIEST = OffsetDateTime.of(1900, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
  private static final OffsetDateTime LATEST = OffsetDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC);

  public static OpenRange of(OffsetDateTime from, OffsetDateTime to) {
    return new OpenRange(from == null ? EARLIEST : from, to == null ? LATEST : to);
  }
}
