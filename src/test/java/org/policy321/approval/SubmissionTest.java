package org.policy321.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.policy321.platform.forms.InvalidInputException;

/** The memo's and the decision's rules, without the engine (§III.E, §III.R). */
class SubmissionTest {

  @Test
  void acceptsTheThreeItemsAndNormalisesDepictions_IIIE() {
    Submission submission = Submission.of("  usage ", "purpose", "badge, Uniform,badge", "Facebook", "https://x.example/a", "", null);
    assertThat(submission.proposedUsage()).isEqualTo("usage");
    assertThat(submission.depictions()).containsExactly(Depiction.BADGE, Depiction.UNIFORM);
    assertThat(submission.postingPeriod()).isNull();
    assertThat(submission.url()).isEqualTo("https://x.example/a");
  }

  @Test
  void refusesMissingItemsNamingTheClause_IIIE() {
    assertThatThrownBy(() -> Submission.of(null, "p", "badge", "f", null, null, null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("§III.E item 1");
    assertThatThrownBy(() -> Submission.of("u", "", "badge", "f", null, null, null))
        .hasMessageContaining("§III.E item 2");
    assertThatThrownBy(() -> Submission.of("u", "p", " , ", "f", null, null, null))
        .hasMessageContaining("What the request depicts");
    assertThatThrownBy(() -> Submission.of("u", "p", "", "f", null, null, null))
        .hasMessageContaining("What the request depicts");
    assertThatThrownBy(() -> Submission.of("u", "p", "badge", null, null, null, null))
        .hasMessageContaining("platform");
  }

  @Test
  void refusesOverlongTextAndNonWebAddresses() {
    assertThatThrownBy(() -> Submission.of("u".repeat(4001), "p", "badge", "f", null, null, null))
        .hasMessageContaining("4001 characters");
    assertThatThrownBy(() -> Submission.of("u", "p", "badge", "f", "ftp://x.example", null, null))
        .hasMessageContaining("not a web address");
    assertThatThrownBy(() -> Submission.of("u", "p", "badge", "f", "https://", null, null))
        .hasMessageContaining("not a web address");
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
