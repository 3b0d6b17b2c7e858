package org.policy321.approval;

import static org.policy321.approval.DepictionApproval.Vars;
import static org.policy321.platform.forms.FormValues.text;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/**
 * Task_DecideOnMemo, on completion: checks the decision and notes it on the request (§III.R).
 * Invalid input refuses the completion; the task stays open with everything it had.
 */
@Component("recordDecision")
class RecordDecisionListener implements TaskListener {

  private final DepictionRequestService requests;
  private final Roster roster;

  RecordDecisionListener(DepictionRequestService requests, Roster roster) {
    this.requests = requests;
    this.roster = roster;
  }

  @Override
  public void notify(DelegateTask task) {
    DecisionInput input = DecisionInput.of(text(task, Vars.DECISION), text(task, Vars.NOTATION),
        text(task, Vars.DISAPPROVAL_REASON));
    String decider = ActingUser.of(task);
    if (!roster.belongsTo(decider, Groups.CHIEF, Groups.DESIGNEE)) {
      throw new InvalidInputException("Only the Chief of Police or a designee may decide on a memo (§III.R); "
          + decider + " is neither.");
    }
    // Tasklist lets only the task's holder complete it; the API lets every candidate (TASK_WORK through the group),
    // even on a decision the Chief has taken over from a designee. The one who holds it decides.
    String holder = task.getAssignee();
    if (holder != null && !holder.equals(decider)) {
      throw new InvalidInputException(heldByAnother(holder));
    }
    requests.recordDecision(DepictionVariables.requestId(task), input, decider);
    task.setVariable(Vars.DECIDED_BY, decider);
    if (input.isInquiry()) {
      task.removeVariable(Vars.ANSWER);
    }
  }

  private String heldByAnother(String holder) {
    return "This decision is held by " + roster.nameOf(holder) + ": only they complete it, unless the Chief takes it "
        + "over (§III.R). Nothing was changed.";
  }
}
