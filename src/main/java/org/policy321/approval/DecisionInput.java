package org.policy321.approval;

import static org.policy321.approval.DepictionApproval.Decisions.ALL;
import static org.policy321.approval.DepictionApproval.Decisions.APPROVE;
import static org.policy321.approval.DepictionApproval.Decisions.DISAPPROVE;
import static org.policy321.approval.DepictionApproval.Decisions.INQUIRE;

import org.policy321.platform.forms.FormValues;
import org.policy321.platform.forms.InvalidInputException;

/** The Chief's or designee's decision on the request (§III.R), checked. */
record DecisionInput(String decision, String notation, String disapprovalReason) {

  static DecisionInput of(String decision, String notation, String disapprovalReason) {
    if (decision == null || !ALL.contains(decision)) {
      throw new InvalidInputException("The decision must be approve, disapprove or inquire (§III.R)"
          + (decision == null ? "; none was given." : ", not \"" + decision + "\"."));
    }
    String note = FormValues.required(notation,
        INQUIRE.equals(decision) ? "The question to the requester (the notation, §III.R)" : "The notation on the request (§III.R)");
    String reason = DISAPPROVE.equals(decision)
        ? FormValues.required(disapprovalReason, "A reason for the disapproval")
        : null;
    return new DecisionInput(decision, note, reason);
  }

  boolean isApproval() {
    return APPROVE.equals(decision);
  }

  boolean isInquiry() {
    return INQUIRE.equals(decision);
  }
}
