package org.policy321.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.exception.NullValueException;

/**
 * Client mistakes that Camunda's REST API answers 500 (with a stack trace in the log, as for a server
 * failure), answered 4xx with a sentence, without logging:
 * <ul>
 *   <li>an id that names no task, process instance or execution ({@link #notFound}): found before the
 *       resource runs by {@link UnknownIdFilter}; here, a task gone meanwhile (a second completion racing
 *       the first: "Cannot find task ...");</li>
 *   <li>a variable value the typed-values library cannot build (a File without {@code valueInfo} or
 *       without file name): an IllegalArgumentException that nothing maps.</li>
 * </ul>
 * And one refusal Camunda answers 403 in its own terms ("The user with id 'x' does not have one of the
 * following permissions: 'TASK_WORK' permission on resource ..."): working on a task that is someone
 * else's, answered 403 with {@link #NOT_YOUR_TASK}, a sentence for the person in Tasklist.
 */
final class ClientMistakes {

  static final String TASK_GONE = "This task is no longer open: it was completed or cancelled, perhaps in another "
      + "window (or the id is wrong). Nothing was changed; reload the task list.";
  static final String NOT_YOUR_TASK = "This task is not yours to work on: it is assigned to someone else, or offered "
      + "to a group you are not in. Nothing was changed.";
  static final String FILE_SHAPE = "A File variable is sent as {\"type\": \"File\", \"value\": <the content, base64>, "
      + "\"valueInfo\": {\"filename\": <its name>, \"mimetype\": <its type>}}; ";

  /** The permissions that completing, claiming or changing a task needs. */
  private static final Set<String> TASK_WORK = Set.of(TaskPermissions.TASK_WORK.getName(),
      Permissions.UPDATE.getName(), TaskPermissions.TASK_ASSIGN.getName());

  /** Where the typed-values library builds variables from a client's values. */
  private static final String TYPED_VALUES = "org.camunda.bpm.engine.variable.";

  private ClientMistakes() {}

  static Optional<Response> answer(Throwable thrown) {
    return RefusedInput.causes(thrown).map(ClientMistakes::answerOne).flatMap(Optional::stream).findFirst();
  }

  private static Optional<Response> answerOne(Throwable cause) {
    String message = String.valueOf(cause.getMessage());
    if (cause instanceof NullValueException && message.startsWith("Cannot find task")) {
      // A second completion (a double click, a second browser tab): it is the user's task that is gone.
      return Optional.of(notFound("task", null));
    }
    if (cause instanceof AuthorizationException refused && isTaskWork(refused)) {
      return Optional.of(answer(Response.Status.FORBIDDEN, "AuthorizationException", NOT_YOUR_TASK));
    }
    if (cause instanceof IllegalArgumentException && thrownBy(cause, TYPED_VALUES)) {
      String sentence = message.contains("file") ? FILE_SHAPE + "this one lacks its filename." : "A variable's value "
          + "cannot be used: " + message;
      return Optional.of(answer(Response.Status.BAD_REQUEST, "InvalidVariableValue", sentence + " Nothing was changed."));
    }
    return Optional.empty();
  }

  /** 404 for an id of a {@code task}, {@code process-instance} or {@code execution} that names nothing. */
  static Response notFound(String kind, String id) {
    if ("task".equals(kind)) {
      return answer(Response.Status.NOT_FOUND, "TaskNotFound", TASK_GONE);
    }
    String what = kind.replace('-', ' ');
    return answer(Response.Status.NOT_FOUND, "NotFound", "There is no running " + what + " with id \"" + id
        + "\" (a finished one is under /history). Nothing was changed.");
  }

  /** Refused work on a task itself (not a read, not a process definition's permission alone). */
  private static boolean isTaskWork(AuthorizationException refused) {
    return refused.getMissingAuthorizations().stream().anyMatch(missing ->
        Resources.TASK.resourceName().equals(missing.getResourceType())
            && TASK_WORK.contains(missing.getViolatedPermissionName()));
  }

  private static boolean thrownBy(Throwable cause, String packagePrefix) {
    StackTraceElement[] frames = cause.getStackTrace();
    return frames.length > 0 && frames[0].getClassName().startsWith(packagePrefix);
  }

  private static Response answer(Response.Status status, String type, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", type, "message", message)).build();
  }
}
