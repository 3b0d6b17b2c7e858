package org.policy321.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policy321.approval.DepictionApproval.Elements;
import static org.policy321.approval.DepictionApproval.PROCESS_KEY;
import static org.policy321.approval.DepictionApproval.Vars;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policy321.testing.BrowserStory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17 in real Chromium: the requester's "Answer inquiry" shows its deadline (policy.depiction.inquiry-deadline,
 * P14D) as the task's due date in Tasklist, and the inquiry history names the designee who asked, wrapped to the
 * form's width. Needs Debian's {@code chromium} and {@code chromium-driver}.
 */
class InquiryOnTasklistBrowserIT extends BrowserStory {

  @Autowired RuntimeService runtimeService;

  @Test
  void theRequesterSeesTheInquirysDeadlineAndWhoAskedIt_IIIR() throws Exception {
    String processInstanceId = step("employee sends a memo; the designee asks, the employee answers, the designee asks again", () -> {
      String id = asUser("employee", List.of("employee"), () -> runtimeService.startProcessInstanceByKey(PROCESS_KEY,
          Map.of(Vars.PROPOSED_USAGE, "My badge in a recruiting video (" + UUID.randomUUID() + ")",
              Vars.PURPOSE, "Recruiting", Vars.DEPICTIONS, "badge", Vars.PLATFORM, "Video site",
              Vars.POSTING_OPEN_ENDED, true)).getId());
      String decision = awaitTask(id, Elements.DECIDE_ON_MEMO);
      asUser("designee", List.of("employee", "designee"), () -> {
        taskService.claim(decision, "designee");
        taskService.complete(decision, Map.of(Vars.DECISION, DepictionApproval.Decisions.INQUIRE,
            Vars.NOTATION, "Which video exactly? " + "Please say where it will be shown and for how long. ".repeat(4)));
        return null;
      });
      // The history shows the rounds answered so far: answer this one, and the designee asks again.
      String answer = awaitTask(id, Elements.ANSWER_INQUIRY);
      asUser("employee", List.of("employee"), () -> {
        taskService.complete(answer, Map.of(Vars.ANSWER, "The open day video, on the recruiting site, for a year."));
        return null;
      });
      String again = awaitTask(id, Elements.DECIDE_ON_MEMO);
      asUser("designee", List.of("employee", "designee"), () -> {
        taskService.claim(again, "designee");
        taskService.complete(again, Map.of(Vars.DECISION, DepictionApproval.Decisions.INQUIRE,
            Vars.NOTATION, "Is anyone else recognisable?"));
        return null;
      });
      return id;
    });

    step("the requester opens Answer inquiry: due in 14 days, asked by Deputy Chief Daniel Okafor", () -> {
      String taskId = awaitTask(processInstanceId, Elements.ANSWER_INQUIRY);
      login("employee");
      tasklist.openTask(taskId, "Answer inquiry", By.id("answer"));
      // Tasklist's task header shows the due date relative to now ("in 14 days"); the list entry shows it too.
      assertThat(tasklist.textOf(By.cssSelector(".due-date [am-time-ago]")))
          .isEqualTo("in 14 days");
      String history = tasklist.textOf(By.cssSelector("pre.inquiry-history"));
      assertThat(history).contains("asked by Deputy Chief Daniel Okafor").doesNotContain("asked by designee");
      assertThat(tasklist.cssValue(By.cssSelector("pre.inquiry-history"), "white-space")).isEqualTo("pre-wrap");
      tasklist.logout();
    });
  }
}
