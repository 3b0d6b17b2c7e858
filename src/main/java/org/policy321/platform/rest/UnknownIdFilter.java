package org.policy321.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.UriInfo;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.rest.util.EngineUtil;

/**
 * Answers 404 with a sentence for a task, process instance or execution id that names nothing, before
 * the resource runs. Camunda's resources mostly answer such an id with 500 (the engine's "task x doesn't
 * exist: task is null", or a NullPointerException for a task's deployed form), and the engine logs each
 * one as an error with a stack trace, although only the client was wrong.
 *
 * <p>Existence is checked without authorization, so a caller learns nothing new: an id that exists but
 * is not theirs goes on to Camunda's own check (403), as before.
 */
class UnknownIdFilter implements ContainerRequestFilter {

  /** {@code task/{id}...}, optionally under {@code engine/{name}/}; fixed paths such as task/count bind no id. */
  private static final Pattern BY_ID = Pattern.compile("^(?:engine/([^/]+)/)?(task|process-instance|execution)/([^/]+)");

  @jakarta.ws.rs.core.Context
  private UriInfo uriInfo;

  @Override
  public void filter(ContainerRequestContext request) {
    Matcher path = BY_ID.matcher(uriInfo.getPath(false));
    if (!path.find() || !path.group(3).equals(uriInfo.getPathParameters(false).getFirst("id"))) {
      return;
    }
    String id = uriInfo.getPathParameters(true).getFirst("id");
    ProcessEngine engine = EngineUtil.lookupProcessEngine(path.group(1));
    if (engine != null && !exists(engine, path.group(2), id)) {
      request.abortWith(ClientMistakes.notFound(path.group(2), id));
    }
  }

  private static boolean exists(ProcessEngine engine, String kind, String id) {
    Command<Boolean> lookup = context -> "task".equals(kind)
        ? context.getTaskManager().findTaskById(id) != null
        : context.getExecutionManager().findExecutionById(id) != null;
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(lookup);
  }
}
