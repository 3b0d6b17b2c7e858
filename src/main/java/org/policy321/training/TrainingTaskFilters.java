package org.policy321.training;

import java.util.List;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.tasklist.TaskFilter;
import org.policy321.platform.tasklist.TaskFilterCatalog;
import org.springframework.stereotype.Component;

/**
 * Human Resources' Tasklist filter (§VI.A): "Trainings", the trainings waiting for their confirmation and the overdue
 * ones they follow up, and the annual review when it is open.
 */
@Component
class TrainingTaskFilters implements TaskFilterCatalog {

  static final String TRAININGS = "Trainings";

  @Override
  public List<TaskFilter> filters() {
    return List.of(TaskFilter.forGroups(TRAININGS, "Trainings to confirm and overdue trainings to follow up, and the "
            + "annual review of the policy (§VI.A)", 40, List.of(Groups.HR),
        query -> query.processDefinitionKeyIn(SocialMediaTraining.PROCESS_KEY, PolicyAnnualReview.PROCESS_KEY)
            .taskCandidateGroup(Groups.HR).includeAssignedTasks()));
  }
}
