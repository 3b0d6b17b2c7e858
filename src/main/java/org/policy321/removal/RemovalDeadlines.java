package org.policy321.removal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.forms.GivenDeadline;
import org.springframework.stereotype.Component;

/**
 * The removal process's dates in one place (§III.R), from {@code policy.removal.*}. The deadline itself
 * is a person's: the director gives it when directing the removal, the Chief or a designee when sending
 * the requester back; the process keeps it as the date variable {@code removalDueAt}. What follows from
 * it is computed here, when the engine needs it: the reminder timer reads
 * {@code ${removalDeadlines.reminder(removalDueAt)}}.
 */
@Component(RemovalOnDirection.DEADLINES_BEAN)
public class RemovalDeadlines {

  private final RemovalProperties properties;
  private final Clock clock;

  RemovalDeadlines(RemovalProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * A deadline as a person gives it: empty (the default {@code policy.removal.deadline}), a date (the end of
   * that day, UTC) or an ISO-8601 duration from now; a deadline that has passed is refused.
   */
  public OffsetDateTime due(String given) {
    return GivenDeadline.resolve(given, properties.deadline(), now());
  }

  /** A deadline a person must give (no default): blank is refused with a sentence naming {@code what}. */
  public OffsetDateTime requiredDue(String given, String what) {
    return due(FormValues.required(given, what));
  }

  /** When to remind the requester: {@code policy.removal.reminder-before} ahead of the deadline, never before now. */
  public Date reminder(Date dueAt) {
    return Date.from(reminder(dueAt.toInstant().atOffset(ZoneOffset.UTC)).toInstant());
  }

  public OffsetDateTime reminder(OffsetDateTime dueAt) {
    return RemovalDeadline.reminder(dueAt, properties.reminderBefore(), now());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
