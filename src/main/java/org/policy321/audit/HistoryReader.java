package org.policy321.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.policy321.audit.CaseHistory.Change;
import org.policy321.audit.CaseHistory.Step;
import org.springframework.stereotype.Component;

/**
 * Reads one process instance's steps from the engine's history (full history level): its start, every task,
 * automatic step, timer and end in order, who completed each task (the operation log, else the assignee), the
 * variables each step set with their value before, and what people did besides completing tasks (claiming,
 * handing over, changing a variable or a due date through the REST API). Gateways and flows are left out: they
 * decide nothing a person did not already record.
 */
@Component
class HistoryReader {

  /** Operations already shown as steps of their own: a task's completion is the task's step. */
  private static final Set<String> SHOWN_AS_TASKS = Set.of(UserOperationLogEntry.OPERATION_TYPE_COMPLETE);

  private final HistoryService historyService;

  HistoryReader(HistoryService historyService) {
    this.historyService = historyService;
  }

  List<Step> steps(HistoricProcessInstance instance, People people) {
    String process = instance.getProcessDefinitionName() == null ? instance.getProcessDefinitionKey()
        : instance.getProcessDefinitionName();
    Map<String, HistoricTaskInstance> tasks = new HashMap<>();
    historyService.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).list()
        .forEach(task -> tasks.put(task.getId(), task));
    List<UserOperationLogEntry> operations = historyService.createUserOperationLogQuery()
        .processInstanceId(instance.getId()).orderByTimestamp().asc().list();
    Map<String, String> completedBy = new HashMap<>();
    operations.stream().filter(op -> SHOWN_AS_TASKS.contains(op.getOperationType()) && op.getTaskId() != null)
        .forEach(op -> completedBy.put(op.getTaskId(), op.getUserId()));
    Map<String, HistoricTaskInstance> taskByActivity = new HashMap<>();
    tasks.values().forEach(task -> taskByActivity.put(task.getActivityInstanceId(), task));

    Map<String, PendingStep> byActivity = new LinkedHashMap<>();
    PendingStep start = new PendingStep(time(instance.getStartTime()), people.name(instance.getStartUserId(), People.NOBODY),
        people.id(instance.getStartUserId()), "Started: " + process, process, instance.getStartActivityId());
    byActivity.put(instance.getId(), start);
    for (HistoricActivityInstance activity : historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc()
        .orderPartiallyByOccurrence().asc().list()) {
      if (shown(activity)) {
        byActivity.put(activity.getId(), step(activity, taskByActivity.get(activity.getId()), completedBy, people, process));
      }
    }
    attachChanges(instance, byActivity, start, people);

    List<PendingStep> all = new ArrayList<>(byActivity.values());
    operationSteps(operations, tasks, people, process, all);
    return all.stream().sorted(Comparator.comparing(PendingStep::at)).map(PendingStep::toStep).toList();
  }

  private static boolean shown(HistoricActivityInstance activity) {
    String type = activity.getActivityType();
    return !type.endsWith("Gateway") && !type.equals("startEvent") && !type.equals("multiInstanceBody")
        && !type.equals("sequenceFlow");
  }

  private static PendingStep step(HistoricActivityInstance activity, HistoricTaskInstance task,
      Map<String, String> completedBy, People people, String process) {
    String name = activity.getActivityName() == null ? activity.getActivityId() : activity.getActivityName();
    Date at = activity.getEndTime() == null ? activity.getStartTime() : activity.getEndTime();
    if (task != null) {
      String userId = completedBy.getOrDefault(task.getId(), task.getAssignee());
      String what = task.getEndTime() == null ? "Task waiting: " + name
          : activity.isCanceled() || !"completed".equals(task.getDeleteReason()) ? "Task ended without completion: " + name
          : "Task completed: " + name;
      String who = task.getEndTime() == null ? people.name(task.getAssignee(), "not yet claimed")
          : people.name(userId, People.NOBODY);
      return new PendingStep(time(at), who, people.id(userId), what, process, activity.getActivityId());
    }
    String type = activity.getActivityType();
    String what = type.endsWith("EndEvent") ? "Ended: " + name
        : type.contains("Timer") ? "Deadline reached: " + name
        : type.equals("callActivity") ? name + " (a task process of its own)"
        : activity.isCanceled() ? name + " (cancelled)" : name;
    return new PendingStep(time(at), People.ENGINE, null, what, process, activity.getActivityId());
  }

  /**
   * Puts each variable update on the step that made it; an update made outside any shown step (a gateway, the
   * process start) goes on the last shown step before it.
   */
  private void attachChanges(HistoricProcessInstance instance, Map<String, PendingStep> byActivity, PendingStep start,
      People people) {
    Map<String, String> lastValue = new HashMap<>();
    for (HistoricDetail detail : historyService.createHistoricDetailQuery().processInstanceId(instance.getId())
        .variableUpdates().disableBinaryFetching().orderPartiallyByOccurrence().asc().list()) {
      HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
      String after = people.value(render(update));
      String before = lastValue.put(update.getVariableInstanceId(), after);
      PendingStep step = byActivity.get(update.getActivityInstanceId());
      if (step == null) {
        OffsetDateTime at = time(update.getTime());
        step = byActivity.values().stream().filter(s -> !s.at().isAfter(at)).reduce((a, b) -> b).orElse(start);
      }
      step.changes().add(new Change(update.getVariableName(), before, after));
    }
  }

  /** What people did besides completing tasks: one step per operation (its properties are its changes). */
  private static void operationSteps(List<UserOperationLogEntry> operations, Map<String, HistoricTaskInstance> tasks,
      People people, String process, List<PendingStep> steps) {
    Map<String, PendingStep> byOperation = new LinkedHashMap<>();
    for (UserOperationLogEntry op : operations) {
      if (SHOWN_AS_TASKS.contains(op.getOperationType())) {
        continue;
      }
      PendingStep step = byOperation.computeIfAbsent(op.getOperationId(), id -> {
        HistoricTaskInstance task = op.getTaskId() == null ? null : tasks.get(op.getTaskId());
        String on = task != null ? task.getName() : op.getEntityType();
        return new PendingStep(time(op.getTimestamp()), people.name(op.getUserId(), People.NOBODY),
            people.id(op.getUserId()), op.getOperationType() + ": " + on, process,
            task == null ? null : task.getTaskDefinitionKey());
      });
      if (op.getProperty() != null) {
        step.changes().add(new Change(op.getProperty(), people.value(op.getOrgValue()), people.value(op.getNewValue())));
      }
    }
    steps.addAll(byOperation.values());
  }

  private static String render(HistoricVariableUpdate update) {
    TypedValue value;
    try {
      value = update.getTypedValue();
    } catch (RuntimeException e) {
      return "(" + update.getTypeName() + " value that cannot be read: " + e.getMessage() + ")";
    }
    if (value == null || value.getValue() == null && !(value instanceof FileValue)) {
      return null;
    }
    if (value instanceof FileValue file) {
      return "file " + file.getFilename() + " (" + file.getMimeType() + ")";
    }
    if (value.getValue() instanceof Date date) {
      return time(date).toString();
    }
    return String.valueOf(value.getValue());
  }

  private static OffsetDateTime time(Date date) {
    return date.toInstant().atOffset(ZoneOffset.UTC);
  }

  /** A step while it is being put together: changes are added as the history is read. */
  private record PendingStep(OffsetDateTime at, String who, String whoId, String what, String process,
      String elementId, List<Change> changes) {

    PendingStep(OffsetDateTime at, String who, String whoId, String what, String process, String elementId) {
      this(at, who, whoId, what, process, elementId, new ArrayList<>());
    }

    Step toStep() {
      return new Step(at, who, whoId, what, process, elementId, List.copyOf(changes));
    }
  }
}
