package org.policy321.approval;

import java.util.List;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.tasklist.TaskFilter;
import org.policy321.platform.tasklist.TaskFilterCatalog;
import org.policy321.removal.ApprovalReview;
import org.policy321.removal.RemovalOnDirection;
import org.springframework.stereotype.Component;

/**
 * Tasklist filters of depiction requests (§III.R, issue 17): "Memos to decide" for the Chief and designees, and
 * "My requests" for every employee: the tasks of their own requests and approvals, with "Withdraw request". That
 * task is an option the requester has for the whole review, not a duty: "My to-do" leaves it out (it would
 * otherwise sit there as undone from the first day), "My requests" keeps it in reach.
 */
@Component
class DepictionTaskFilters implements TaskFilterCatalog {

  static final String MEMOS_TO_DECIDE = "Memos to decide";
  static final String MY_REQUESTS = "My requests";

  @Override
  public List<TaskFilter> filters() {
    return List.of(
        TaskFilter.forGroups(MEMOS_TO_DECIDE, "Memos awaiting the decision of the Chief or a designee (§III.R)", 10,
            List.of(Groups.CHIEF, Groups.DESIGNEE),
            query -> query.processDefinitionKey(DepictionApproval.PROCESS_KEY)
                .taskDefinitionKey(DepictionApproval.Elements.DECIDE_ON_MEMO)),
        // The requester is the assignee of every task of their own request, its review and its removal.
        TaskFilter.forGroups(MY_REQUESTS, "Your own depiction requests and approvals: answer, acknowledge, "
                + "confirm, remove, or withdraw a request under review", 50, List.of(Groups.EMPLOYEE),
            query -> query.processDefinitionKeyIn(DepictionApproval.PROCESS_KEY, ApprovalReview.PROCESS_KEY,
                RemovalOnDirection.PROCESS_KEY).taskAssigneeExpression("${currentUser()}")));
  }

  @Override
  public List<String> optionalTaskKeys() {
    return List.of(DepictionApproval.Elements.WITHDRAW_REQUEST);
  }
}
