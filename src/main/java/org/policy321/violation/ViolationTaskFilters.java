package org.policy321.violation;

import java.util.List;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.tasklist.TaskFilter;
import org.policy321.platform.tasklist.TaskFilterCatalog;
import org.springframework.stereotype.Component;

/**
 * Internal Affairs' Tasklist filters (§V.A, §V.B, issue 17): "Reports to triage", every report waiting for triage
 * they may see, and "My cases", the case tasks one investigator holds.
 */
@Component
class ViolationTaskFilters implements TaskFilterCatalog {

  static final String REPORTS_TO_TRIAGE = "Reports to triage";
  static final String MY_CASES = "My cases";

  @Override
  public List<TaskFilter> filters() {
    return List.of(
        TaskFilter.forGroups(REPORTS_TO_TRIAGE, "Violation reports waiting to be accepted, referred or closed (§V.A)",
            20, List.of(Groups.INTERNAL_AFFAIRS),
            query -> query.processDefinitionKey(ViolationReporting.PROCESS_KEY)
                .taskDefinitionKey(ViolationReporting.Elements.TRIAGE_REPORT)),
        TaskFilter.forGroups(MY_CASES, "Violation cases whose task you hold: triage, investigation (§V.B)", 30,
            List.of(Groups.INTERNAL_AFFAIRS),
            query -> query.processDefinitionKey(ViolationReporting.PROCESS_KEY)
                .taskAssigneeExpression("${currentUser()}")));
  }
}
