package org.policy321.violation;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.policy321.platform.identity.SystemAuthority;
import org.springframework.stereotype.Service;

/**
 * Keeps the reporter informed (§V.A; CALEA 52.2.4): every notice goes into the case's
 * correspondence, which an anonymous reporter reads with the receipt code; a named reporter also
 * finds it in Tasklist as a task of their own ("Notice about your report"), which the e-mail
 * notifications announce like any task.
 */
@Service
class ReporterNotices {

  /** No case number in the name: notification e-mails carry the task name, and nothing of a §V case. */
  static final String NOTICE_TASK_NAME = "Notice about your report";

  private final TaskService taskService;
  private final Clock clock;

  ReporterNotices(TaskService taskService, Clock clock) {
    this.taskService = taskService;
    this.clock = clock;
  }

  void tell(ViolationReport report, CorrespondenceKind kind, String text) {
    report.write(kind, text, OffsetDateTime.now(clock));
    if (report.reporterId() != null) {
      SystemAuthority.call(() -> {
        Task task = taskService.newTask();
        task.setName(NOTICE_TASK_NAME);
        task.setDescription(text);
        task.setAssignee(report.reporterId());
        taskService.saveTask(task);
        // The case the notice belongs to, for the access log; a task-local variable shows nothing else.
        taskService.setVariableLocal(task.getId(), ViolationReporting.Vars.CASE_NUMBER, report.caseNumber());
        return task;
      });
    }
  }
}
