package org.policy321.bench.scale;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calls Tasklist makes, the same for both applications (they are Camunda's REST API in both): a saved
 * filter's first page, a task's form (the task, its form key, its form variables), and a completion
 * (claim, then complete with the decision), each as the Chief.
 */
final class TasklistReads {

  static final String CHIEF = "chief";
  private static final Map<String, Object> NEWEST_FIRST =
      Map.of("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")));

  /** Tasks opened round robin by "open task form": opening one changes nothing, so a hundred serve every call. */
  static final int FORMS_OPENED = 100;

  private TasklistReads() {}

  /**
   * The three Tasklist reads on the open decision tasks: the filter's first page, a form opened (of the first
   * {@value #FORMS_OPENED}), and a completion with the decision (each of the next {@code calls} tasks once).
   */
  static Map<String, Read> of(RestClient rest, String filterName, List<String> open, int calls,
      Map<String, Object> decision) {
    if (open.size() < FORMS_OPENED + calls) {
      throw new IllegalStateException(open.size() + " open tasks, fewer than the " + (FORMS_OPENED + calls)
          + " the reads need");
    }
    Map<String, Read> reads = new LinkedHashMap<>();
    reads.put("task list", taskList(rest, filterId(rest, filterName)));
    reads.put("open task form", openTaskForm(rest, open.subList(0, FORMS_OPENED)));
    reads.put("complete task", completeTask(rest, open.subList(FORMS_OPENED, FORMS_OPENED + calls), decision));
    return reads;
  }

  /** The id of the Chief's saved filter of that name. */
  private static String filterId(RestClient rest, String filterName) {
    JsonNode filters = rest.get(CHIEF, "/engine-rest/filter?resourceType=Task&name="
        + URLEncoder.encode(filterName, StandardCharsets.UTF_8));
    if (filters.size() != 1) {
      throw new IllegalStateException("The Chief sees " + filters.size() + " filters named " + filterName);
    }
    return filters.get(0).get("id").asText();
  }

  /** The first page of the filter, as Tasklist asks for it; checks it is not empty (an empty list costs nothing). */
  private static Read taskList(RestClient rest, String filterId) {
    return new Read("task list", i -> {
      JsonNode page = rest.post(CHIEF, "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15",
          NEWEST_FIRST);
      if (page.isEmpty()) {
        throw new IllegalStateException("The Chief's filter lists no task");
      }
    });
  }

  /** Opens the i-th of the tasks (round robin) as Tasklist does. */
  private static Read openTaskForm(RestClient rest, List<String> taskIds) {
    return new Read("open task form", i -> {
      String id = taskIds.get(i % taskIds.size());
      rest.get(CHIEF, "/engine-rest/task/" + id);
      rest.get(CHIEF, "/engine-rest/task/" + id + "/form");
      rest.get(CHIEF, "/engine-rest/task/" + id + "/form-variables");
    });
  }

  /** Claims and completes the i-th task with the decision (each task once: there must be enough). */
  private static Read completeTask(RestClient rest, List<String> taskIds, Map<String, Object> decision) {
    return new Read("complete task", i -> {
      String id = taskIds.get(i);
      rest.post(CHIEF, "/engine-rest/task/" + id + "/claim", Map.of("userId", CHIEF));
      rest.post(CHIEF, "/engine-rest/task/" + id + "/complete", Map.of("variables", decision));
    });
  }

  /** A String variable as the REST API takes it. */
  static Map<String, Object> text(String value) {
    return Map.of("value", value, "type", "String");
  }
}
