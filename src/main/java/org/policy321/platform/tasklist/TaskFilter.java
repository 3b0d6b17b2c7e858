package org.policy321.platform.tasklist;

import java.util.List;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * One saved Tasklist filter (issue 17): its name, the one-line description Tasklist shows, its place in the list
 * ({@code priority}, lowest first), who sees it, and its task query. {@code groups} empty means everyone signed in.
 * Queries use Tasklist's expressions ({@code ${currentUser()}}, {@code ${now()}}), so one filter serves every user.
 */
public record TaskFilter(String name, String description, int priority, List<String> groups,
    UnaryOperator<TaskQuery> query) {

  public static TaskFilter forEveryone(String name, String description, int priority, UnaryOperator<TaskQuery> query) {
    return new TaskFilter(name, description, priority, List.of(), query);
  }

  public static TaskFilter forGroups(String name, String description, int priority, List<String> groups,
      UnaryOperator<TaskQuery> query) {
    return new TaskFilter(name, description, priority, List.copyOf(groups), query);
  }

  boolean forEveryone() {
    return groups.isEmpty();
  }
}
