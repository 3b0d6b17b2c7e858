package org.policy321.removal;

import static org.policy321.removal.RemovalOnDirection.Vars;
import static org.policy321.removal.RemovalVariables.text;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policy321.platform.identity.InstanceAccess;
import org.springframework.stereotype.Component;

/**
 * Task_OpenRemovalCase: checks who asks and for which approval, and opens the case (§III.R). In the
 * starter's transaction, so a refused direction starts nothing and changes no approval.
 */
@Component("openRemovalCase")
class OpenRemovalCaseDelegate implements JavaDelegate {

  private final RemovalService removals;
  private final InstanceAccess access;

  OpenRemovalCaseDelegate(RemovalService removals, InstanceAccess access) {
    this.removals = removals;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RemovalCase removal = removals.open(execution.getProcessInstanceId(), text(execution, Vars.REQUESTED_BY),
        text(execution, Vars.APPROVAL_NUMBER), text(execution, Vars.REASON), text(execution, Vars.DEADLINE));
    access.grantRead(removal.requesterId(), execution.getProcessInstanceId());
    execution.setVariable(Vars.REMOVAL_ID, removal.id());
    execution.setVariable(Vars.APPROVAL_NUMBER, removal.approvalNumber());
    execution.setVariable(Vars.REQUESTER_ID, removal.requesterId());
    execution.setVariable(Vars.KIND, removal.kind().name());
    execution.setVariable(Vars.DUE_AT, Date.from(removal.dueAt().toInstant()));
    execution.setVariable(Vars.REMINDER_AT, Date.from(removals.reminderFor(removal).toInstant()));
  }
}
