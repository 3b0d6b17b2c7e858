package org.policy321.platform.tasklist;

import java.util.List;

/** The Tasklist filters of one feature; every feature with tasks for people contributes one bean. */
public interface TaskFilterCatalog {

  List<TaskFilter> filters();

  /**
   * Tasks that are an option a person has, not a duty they must do (e.g. withdrawing one's own request while it is
   * reviewed): "My to-do" leaves them out, so they never read as something overdue to finish.
   */
  default List<String> optionalTaskKeys() {
    return List.of();
  }
}
