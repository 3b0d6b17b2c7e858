package org.policy321.audit.retention;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.policy321.platform.cases.CaseKind;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the engine keeps each kind of record after its process ends ({@code policy.retention}, README "Records
 * retention"): the history time to live of every process and decision of that kind, in whole days.
 */
@ConfigurationProperties("policy.retention")
public record RetentionProperties(Map<CaseKind, Duration> historyTimeToLive) {

  public RetentionProperties {
    historyTimeToLive = historyTimeToLive == null ? Map.of() : new EnumMap<>(historyTimeToLive);
    for (CaseKind kind : CaseKind.values()) {
      Duration ttl = historyTimeToLive.get(kind);
      if (ttl == null || ttl.isNegative() || ttl.toSeconds() % Duration.ofDays(1).toSeconds() != 0) {
        throw new IllegalArgumentException("policy.retention.history-time-to-live." + kind.name().toLowerCase()
            .replace('_', '-') + " must be a whole number of days, such as P3650D");
      }
    }
  }

  public int days(CaseKind kind) {
    return Math.toIntExact(historyTimeToLive.get(kind).toDays());
  }
}
