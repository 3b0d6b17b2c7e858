package org.policy321.platform.tasklist;

import java.util.List;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The filters everyone signed in to Tasklist has: "My to-do", first, in place of Camunda's "All tasks" (what is
 * assigned to me or offered to my groups, without the options of {@link TaskFilterCatalog#optionalTaskKeys()}), and
 * "Overdue" (every task I may see whose due date has passed).
 */
@Component
class PlatformTaskFilters implements TaskFilterCatalog {

  static final String MY_TO_DO = "My to-do";
  static final String OVERDUE = "Overdue";

  private final List<TaskFilterCatalog> catalogs;

  // Lazy: the list holds this bean too; it is read only when the filters are saved at start-up.
  PlatformTaskFilters(@Lazy List<TaskFilterCatalog> catalogs) {
    this.catalogs = catalogs;
  }

  @Override
  public List<TaskFilter> filters() {
    String[] options = catalogs.stream().flatMap(catalog -> catalog.optionalTaskKeys().stream()).toArray(String[]::new);
    return List.of(
        TaskFilter.forEveryone(MY_TO_DO, "Tasks assigned to you or offered to your groups, that you must do", -10,
            query -> excluding(query.or()
                .taskAssigneeExpression("${currentUser()}")
                .taskCandidateUserExpression("${currentUser()}")
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                // Also when someone else of the group holds it: the Chief takes over a designee's claim (§III.R).
                .includeAssignedTasks()
                .endOr(), options)),
        TaskFilter.forEveryone(OVERDUE, "Tasks you can see whose due date has passed", 90,
            query -> query.dueBeforeExpression("${now()}")));
  }

  private static TaskQuery excluding(TaskQuery query, String[] taskKeys) {
    return taskKeys.length == 0 ? query : query.taskDefinitionKeyNotIn(taskKeys);
  }
}
