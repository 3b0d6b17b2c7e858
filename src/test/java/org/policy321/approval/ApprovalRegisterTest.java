package org.policy321.approval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Approval numbers are DA-year-sequence, without gaps or repeats within a year (§III.R). */
class ApprovalRegisterTest extends DepictionApprovalTestSupport {

  @Test
  void numbersApprovalsPerYearInSequence_IIIR() {
    assertThat(register.nextNumber(2031)).isEqualTo("DA-2031-0001");
    assertThat(register.nextNumber(2031)).isEqualTo("DA-2031-0002");
    assertThat(register.nextNumber(2032)).as("a new year starts again").isEqualTo("DA-2032-0001");
    assertThat(register.nextNumber(2031)).isEqualTo("DA-2031-0003");
  }
}
