package org.policy321.removal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.removal.RemovalOnDirection.Outcomes;

/**
 * The removal's dates (§III.R) from the one deadlines bean, and how the case's record — not a variable —
 * says how a removal closes; plain unit tests, no engine.
 */
class RemovalDeadlinesTest {

  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  private final RemovalDeadlines deadlines = new RemovalDeadlines(
      new RemovalProperties("P3D", "P1D", "P1Y", "P14D", "chief"), Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void theDeadlineIsAPersonsOrTheDefault_theReminderIsComputedFromIt_IIIR() {
    assertThat(deadlines.due(null).toInstant()).isEqualTo(Instant.parse("2026-03-05T10:00:00Z"));
    assertThat(deadlines.due("2026-03-10").toInstant()).isEqualTo(Instant.parse("2026-03-10T23:59:59Z"));
    assertThat(deadlines.reminder(Date.from(Instant.parse("2026-03-10T23:59:59Z"))))
        .isEqualTo(Date.from(Instant.parse("2026-03-09T23:59:59Z")));
    assertThat(deadlines.reminder(Date.from(Instant.parse("2026-03-02T12:00:00Z")))).as("never before now")
        .isEqualTo(Date.from(NOW));
  }

  @Test
  void aRequiredDeadlineMustBeGivenAndInTheFuture_IIIR() {
    assertThatThrownBy(() -> deadlines.requiredDue(" ", "A new deadline for the requester"))
        .isInstanceOf(InvalidInputException.class).hasMessage("A new deadline for the requester is required.");
    assertThatThrownBy(() -> deadlines.requiredDue("2026-03-01", "A new deadline"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("has already passed");
    assertThat(deadlines.requiredDue("P2D", "A new deadline").toInstant()).isEqualTo(Instant.parse("2026-03-04T10:00:00Z"));
  }

  @Test
  void onlyTheRecordClosesACase_verifiedAcceptedInPartOrRecordedRemoved_IIIR() {
    OffsetDateTime now = NOW.atOffset(ZoneOffset.UTC);
    RemovalCase removal = new RemovalCase("pi", "DA-2026-0001", "employee", RemovalKind.DIRECTED, "designee",
        "Directed", now.plusDays(3), now);
    assertThat(RemovalService.closingStatus(removal)).as("nothing answered").isNull();

    removal.answer(Outcomes.CANNOT_REMOVE_ALL, null, "Reposted by a fan page", now);
    assertThat(RemovalService.closingStatus(removal)).as("not decided yet").isNull();
    removal.decide(RemovalDecision.Step.PARTIAL, Outcomes.INSIST, "Remove the rest", "designee", now.plusDays(5), null, now);
    removal.sendBack(now.plusDays(5));
    assertThat(RemovalService.closingStatus(removal)).as("insisted: the requester is to act").isNull();

    removal.answer(Outcomes.CANNOT_REMOVE_ALL, null, "Still reposted", now);
    removal.decide(RemovalDecision.Step.PARTIAL, Outcomes.ACCEPT, "Outside their control", "designee", null, null, now);
    assertThat(RemovalService.closingStatus(removal)).isEqualTo(RemovalStatus.REMOVED_IN_PART);

    RemovalCase escalated = new RemovalCase("pi2", "DA-2026-0002", "employee", RemovalKind.DIRECTED, "designee",
        "Directed", now.plusDays(3), now);
    escalated.answer(Outcomes.REFUSED, null, "No", now);
    escalated.decide(RemovalDecision.Step.ESCALATION, Outcomes.REFUSED, null, null, null, null, now);
    escalated.escalate();
    assertThat(RemovalService.closingStatus(escalated)).as("escalated, undecided").isNull();
    escalated.decide(RemovalDecision.Step.UNREMOVED, Outcomes.RECORD_REMOVED, "Gone", "designee", null, false, now);
    assertThat(RemovalService.closingStatus(escalated)).isEqualTo(RemovalStatus.REMOVED);
  }
}
