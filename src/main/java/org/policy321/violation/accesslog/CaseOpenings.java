package org.policy321.violation.accesslog;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.policy321.violation.ViolationCases;
import org.policy321.violation.ViolationReport;
import org.policy321.violation.ViolationReporting;
import org.springframework.stereotype.Component;

/**
 * Which violation case, if any, a GET of the engine's REST API opened (§V "Who sees what"): a task
 * (of the case, of its party process, or of the reporter's: a question or a notice), the case's process
 * instance or its history, or a file variable's content. Anything else — other processes, lists,
 * definitions — is no opening of a case and is not logged.
 *
 * <p>The answer is looked up in the engine's history (which outlives the runtime, and holds tasks,
 * instances and variables alike) without the caller's authorizations: the caller may see a task
 * without seeing the case it belongs to, and the log must still name the case.
 */
@Component
class CaseOpenings {

  /** The report's own process and the party's and reporter's processes about it. */
  private static final Set<String> VIOLATION_PROCESSES = Set.of(ViolationReporting.PROCESS_KEY,
      ViolationReporting.PARTY_PROCESS_KEY, ViolationReporting.REPORTER_PROCESS_KEY);

  private final ProcessEngine engine;
  private final IdentityService identityService;
  private final ViolationCases cases;

  CaseOpenings(ProcessEngine engine, ViolationCases cases) {
    this.engine = engine;
    this.identityService = engine.getIdentityService();
    this.cases = cases;
  }

  /**
   * The case the resource opens; {@code resource} is the path inside the engine REST API, e.g.
   * {@code /task/42/form-variables} or {@code /engine/default/history/process-instance/7}.
   */
  Optional<CaseOpening> of(String resource) {
    List<String> path = segments(resource);
    if (path.size() >= 2 && path.get(0).equals("engine")) {
      path = path.subList(2, path.size()); // /engine/{name}/... names the engine; we run one
    }
    List<String> parts = path;
    return withoutCallersAuthorizations(() -> resolve(parts));
  }

  private Optional<CaseOpening> resolve(List<String> path) {
    int n = path.size();
    if (n < 2) {
      return Optional.empty();
    }
    String id = path.get(1);
    return switch (path.get(0)) {
      case "task" -> task(id, path.subList(2, n));
      case "process-instance" -> processInstance(id, path.subList(2, n));
      case "variable-instance" -> n == 3 && path.get(2).equals("data") ? variableData(id) : Optional.empty();
      case "history" -> n >= 3 ? history(path.get(1), path.get(2), path.subList(3, n)) : Optional.empty();
      default -> Optional.empty();
    };
  }

  /** {@code /task/{id}}, {@code /form}, {@code /form-variables}, {@code /variables[/{name}[/data]]}. */
  private Optional<CaseOpening> task(String taskId, List<String> rest) {
    if (isFileData(rest)) {
      return caseOfTask(taskId).map(c -> c.as(CaseAccessAction.DOCUMENT_DOWNLOADED, rest.get(1)));
    }
    boolean opensTask = rest.isEmpty()
        || (rest.size() == 1 && List.of("form", "form-variables", "rendered-form", "variables", "localVariables")
            .contains(rest.get(0)))
        || (rest.size() == 2 && isVariables(rest.get(0)));
    return opensTask ? caseOfTask(taskId).map(c -> c.as(CaseAccessAction.TASK_OPENED, c.taskName())) : Optional.empty();
  }

  /** {@code /process-instance/{id}}, {@code /variables[/{name}[/data]]}. */
  private Optional<CaseOpening> processInstance(String processInstanceId, List<String> rest) {
    if (isFileData(rest)) {
      return caseOfProcess(processInstanceId).map(r -> CaseOpening.of(r, CaseAccessAction.DOCUMENT_DOWNLOADED, rest.get(1)));
    }
    if (rest.isEmpty()) {
      return caseOfProcess(processInstanceId).map(r -> CaseOpening.of(r, CaseAccessAction.CASE_VIEWED, "process instance"));
    }
    if (isVariables(rest.get(0)) && rest.size() <= 2) {
      return caseOfProcess(processInstanceId).map(r -> CaseOpening.of(r, CaseAccessAction.CASE_VIEWED, "process instance variables"));
    }
    return Optional.empty();
  }

  /** {@code /history/process-instance/{id}} and {@code /history/variable-instance/{id}/data}. */
  private Optional<CaseOpening> history(String kind, String id, List<String> rest) {
    if (kind.equals("process-instance") && rest.isEmpty()) {
      return caseOfProcess(id).map(r -> CaseOpening.of(r, CaseAccessAction.CASE_VIEWED, "process instance history"));
    }
    if (kind.equals("variable-instance") && rest.equals(List.of("data"))) {
      return variableData(id);
    }
    return Optional.empty();
  }

  /** {@code /variable-instance/{id}/data}: runtime and historic variables share their ids. */
  private Optional<CaseOpening> variableData(String variableId) {
    HistoricVariableInstance variable = engine.getHistoryService().createHistoricVariableInstanceQuery().variableId(variableId)
        .disableBinaryFetching().disableCustomObjectDeserialization().singleResult();
    if (variable == null || variable.getProcessInstanceId() == null) {
      return Optional.empty();
    }
    return caseOfProcess(variable.getProcessInstanceId())
        .map(r -> CaseOpening.of(r, CaseAccessAction.DOCUMENT_DOWNLOADED, variable.getName()));
  }

  private Optional<TaskOfCase> caseOfTask(String taskId) {
    HistoricTaskInstance task = byId(context -> context.getHistoricTaskInstanceManager()
        .findHistoricTaskInstanceById(taskId));
    if (task == null) {
      return Optional.empty();
    }
    // The task names its process: most tasks are of no violation case, and need no second lookup (issue 18).
    Optional<ViolationReport> report = task.getProcessInstanceId() != null
        && VIOLATION_PROCESSES.contains(task.getProcessDefinitionKey())
        ? caseOfProcess(task.getProcessInstanceId())
        : Optional.empty();
    String name = task.getName() == null ? "(unnamed task)" : task.getName();
    return report.map(r -> new TaskOfCase(r, name));
  }

  /**
   * The case of a violation-report instance, or of a party's or the reporter's process about it, whose
   * business key is the case number (only the application starts those: nobody holds CREATE_INSTANCE).
   */
  private Optional<ViolationReport> caseOfProcess(String processInstanceId) {
    HistoricProcessInstance instance = byId(context -> context.getHistoricProcessInstanceManager()
        .findHistoricProcessInstance(processInstanceId));
    if (instance == null) {
      return Optional.empty();
    }
    if (ViolationReporting.PROCESS_KEY.equals(instance.getProcessDefinitionKey())) {
      return cases.ofProcessInstance(processInstanceId);
    }
    if (VIOLATION_PROCESSES.contains(instance.getProcessDefinitionKey())) {
      return Optional.ofNullable(instance.getBusinessKey()).flatMap(cases::find);
    }
    return Optional.empty();
  }

  /**
   * One row by its id, as the engine itself reads it. The history queries by id built their SQL from the whole
   * query's template on every call: the larger part of what the access log added to opening a task (issue 18).
   */
  private <T> T byId(Command<T> lookup) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(lookup);
  }

  /** Camunda's own pattern (SecurityActions.runWithoutAuthentication): no authentication, no checks. */
  private <T> T withoutCallersAuthorizations(Supplier<T> lookup) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return lookup.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  private static boolean isFileData(List<String> rest) {
    return rest.size() == 3 && isVariables(rest.get(0)) && rest.get(2).equals("data");
  }

  private static boolean isVariables(String segment) {
    return segment.equals("variables") || segment.equals("localVariables");
  }

  private static List<String> segments(String resource) {
    if (resource == null) {
      return List.of();
    }
    return java.util.Arrays.stream(resource.split("/")).filter(s -> !s.isEmpty()).toList();
  }

  private record TaskOfCase(ViolationReport report, String taskName) {

    CaseOpening as(CaseAccessAction action, String detail) {
      return CaseOpening.of(report, action, detail);
    }
  }
}
