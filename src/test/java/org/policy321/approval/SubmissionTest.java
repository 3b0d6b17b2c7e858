package org.policy321.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.policy321.platform.forms.InvalidInputException;

/** The memo's and the decision's rules, without the engine (§III.E, §III.R). */
class SubmissionTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  private static Submission withPeriod(String until, Boolean openEnded) {
    return Submission.of("usage", "purpose", "badge", "Facebook", null, until, openEnded, null, TODAY);
  }

  @Test
  void acceptsTheThreeItemsAndNormalisesDepictions_IIIE() {
    Submission submission = Submission.of("  usage ", "purpose", "badge, Uniform,badge", "Facebook", "https://x.example/a", "", true, null, TODAY);
    assertThat(submission.proposedUsage()).isEqualTo("usage");
    assertThat(submission.depictions()).containsExactly(Depiction.BADGE, Depiction.UNIFORM);
    assertThat(submission.postingUntil()).as("open-ended").isNull();
    assertThat(submission.url()).isEqualTo("https://x.example/a");
  }

  @Test
  void refusesMissingItemsNamingTheClause_IIIE() {
    assertThatThrownBy(() -> Submission.of(null, "p", "badge", "f", null, null, true, null, TODAY))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("§III.E item 1");
    assertThatThrownBy(() -> Submission.of("u", "", "badge", "f", null, null, true, null, TODAY))
        .hasMessageContaining("§III.E item 2");
    assertThatThrownBy(() -> Submission.of("u", "p", " , ", "f", null, null, true, null, TODAY))
        .hasMessageContaining("What the request depicts");
    assertThatThrownBy(() -> Submission.of("u", "p", "", "f", null, null, true, null, TODAY))
        .hasMessageContaining("What the request depicts");
    assertThatThrownBy(() -> Submission.of("u", "p", "badge", null, null, null, true, null, TODAY))
        .hasMessageContaining("platform");
  }

  @Test
  void refusesOverlongTextAndNonWebAddresses() {
    assertThatThrownBy(() -> Submission.of("u".repeat(4001), "p", "badge", "f", null, null, true, null, TODAY))
        .hasMessageContaining("4001 characters");
    assertThatThrownBy(() -> Submission.of("u", "p", "badge", "f", "ftp://x.example", null, true, null, TODAY))
        .hasMessageContaining("not a web address");
    assertThatThrownBy(() -> Submission.of("u", "p", "badge", "f", "https://", null, true, null, TODAY))
        .hasMessageContaining("not a web address");
  }

  @Test
  void postingPeriodIsADateFromTodayOnOrOpenEnded_IIIR() {
    assertThat(withPeriod("2027-06-30", null).postingUntil()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(withPeriod(" 2026-12-02 ", false).postingUntil()).as("today is the last day").isEqualTo(TODAY);
    assertThat(withPeriod("", true).postingUntil()).isNull();
    assertThat(withPeriod(null, true).postingUntil()).isNull();
  }

  @Test
  void refusesAPostingPeriodInThePast_IIIR() {
    assertThatThrownBy(() -> withPeriod("2026-12-01", null)).isInstanceOf(InvalidInputException.class)
        .hasMessage("The posting period cannot end in the past (2026-12-01); give today or a later date, or "
            + "\"open-ended\" (§III.R).");
  }

  @Test
  void refusesBothOrNeitherOfDateAndOpenEnded_IIIR() {
    assertThatThrownBy(() -> withPeriod("2027-06-30", true)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("either the date until which the posting stays up or \"open-ended\", not both");
    assertThatThrownBy(() -> withPeriod(null, null)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Say until when the posting stays up");
    assertThatThrownBy(() -> withPeriod(" ", false)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Say until when the posting stays up");
  }

  @Test
  void refusesAnUnparseableDate_IIIR() {
    for (String bad : new String[] {"30 June 2027", "2027-02-30", "31/12/2027", "tomorrow"}) {
      assertThatThrownBy(() -> withPeriod(bad, null)).isInstanceOf(InvalidInputException.class)
          .hasMessage("\"" + bad + "\" is not a date; give the last day of the posting as YYYY-MM-DD, e.g. 2027-06-30 (§III.R).");
    }
  }

  @Test
  void postingPeriodReadsAsTheDocumentsStateIt_IIIR() {
    assertThat(PostingPeriod.describe(LocalDate.of(2027, 6, 30), false, null, "P1Y")).isEqualTo("until 30 June 2027");
    assertThat(PostingPeriod.describe(null, true, null, "P1Y")).isEqualTo("open-ended, reviewed every year");
    assertThat(PostingPeriod.describe(null, true, null, "P6M")).isEqualTo("open-ended, reviewed every 6 months");
    assertThat(PostingPeriod.describe(null, null, "Until the end of the campaign", "P1Y"))
        .as("a request from before the date field keeps its words").isEqualTo("Until the end of the campaign");
    assertThat(PostingPeriod.describe(null, null, null, "P1Y")).isEqualTo("For the duration of the posting");
  }

  @Test
  void decisionNeedsKnownValueNotationAndForDisapprovalAReason_IIIR() {
    assertThat(DecisionInput.of("inquire", "Which photo?", null).isInquiry()).isTrue();
    assertThat(DecisionInput.of("approve", "OK", "ignored").disapprovalReason()).isNull();
    assertThatThrownBy(() -> DecisionInput.of(null, "n", null)).hasMessageContaining("none was given");
    assertThatThrownBy(() -> DecisionInput.of("APPROVE", "n", null)).hasMessageContaining("not \"APPROVE\"");
    assertThatThrownBy(() -> DecisionInput.of("inquire", " ", null)).hasMessageContaining("question to the requester");
    assertThatThrownBy(() -> DecisionInput.of("disapprove", "n", null)).hasMessageContaining("reason for the disapproval");
  }
}
