package org.policy321.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policy321.platform.rest.EngineRest;
import org.policy321.testing.ActiveApprovals;
import org.policy321.testing.BrowserStory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 10, item 7, in real Chromium: the approvals page shows the approvals of the user signed in
 * to Tasklist, without ever asking for a password; and a page of another site cannot make that
 * browser change anything — not with the Tasklist session, and not with the administrator's HTTP
 * basic credentials that the browser holds (as browsers did once the old approvals page had made
 * them ask) — through {@code /engine-rest} or {@code /api}: by a form it submits or by fetch().
 * Every such request was answered 403, and the engine shows no trace of it.
 */
class CrossSiteBrowserIT extends BrowserStory {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProcessEngine engine;

  private final AnotherSite evil = new AnotherSite();
  private final String deploymentName = "crosssite-browser-" + UUID.randomUUID();
  private Task adminsTask;

  @Override
  protected boolean recordsNetwork() {
    return true;
  }

  @AfterEach
  void cleanUp() {
    evil.close();
    engine.getRepositoryService().createDeploymentQuery().deploymentName(deploymentName).list()
        .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
    if (adminsTask != null) {
      engine.getTaskService().deleteTask(adminsTask.getId(), true);
    }
  }

  @Test
  void approvalsPageUsesTheTasklistSignInAndAnotherSiteCannotChangeAnything() throws Exception {
    EngineRest.serveWebapps(engine);
    String approvalNumber = new ActiveApprovals(engine).active("employee");
    String issuedNumber = new ActiveApprovals(engine).issuedOnly("employee");
    String app = baseUrl();

    step("not signed in, the approvals page says where to sign in, and no password is asked for", () -> {
      tasklist.openPage("/approvals.html", By.id("sign-in"));
      assertThat(tasklist.textOf(By.cssSelector("#sign-in a"))).isEqualTo("Sign in to Tasklist");
      tasklist.openPage("/api/approvals", By.tagName("pre"));
      assertThat(tasklist.textOf(By.tagName("pre"))).contains("Sign in to Tasklist first");
      assertThat(tasklist.statusesOf(app + "/api/approvals")).containsOnly(401);
    });
    step("signed in to Tasklist, the employee sees their approval on the page", () -> {
      login("employee");
      tasklist.openPage("/approvals.html", By.id("approvals"));
      assertThat(tasklist.textOf(By.id("approvals"))).contains(approvalNumber, "Active", issuedNumber,
          "Issued, not yet acknowledged (acknowledgement due ");
      assertThat(tasklist.statusesOf(app + "/api/approvals")).containsOnly(200);
      tasklist.openPage("/camunda/app/tasklist/default/", By.cssSelector("li.account"));
      tasklist.logout();
    });

    step("the administrator signs in, and the browser holds their HTTP basic credentials", () -> {
      login("admin");
      adminsTask = engine.getTaskService().newTask();
      adminsTask.setName("Cross-site browser test task");
      adminsTask.setAssignee("admin");
      engine.getTaskService().saveTask(adminsTask);
      tasklist.sendWithEveryRequest(Map.of("Authorization",
          "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes())));
      tasklist.statusesOf(app);
    });
    step("a form on another site that deploys a diagram is refused", () -> {
      tasklist.openUrl(evil.serve("/prize", deploymentForm(app)), By.tagName("pre"));
      assertThat(tasklist.textOf(By.tagName("pre"))).contains("CrossSiteRequestRefused", "Nothing was changed");
      // Only the attacked endpoint: the admin's Tasklist, still open until the navigation, may poll meanwhile.
      assertThat(tasklist.statusesOf(app + "/engine-rest/deployment")).containsExactly(403);
    });
    step("a form on another site that posts to /api is refused", () -> {
      tasklist.openUrl(evil.serve("/survey", apiForm(app)), By.tagName("pre"));
      assertThat(tasklist.textOf(By.tagName("pre"))).contains("CrossSiteRequestRefused", "Nothing was changed");
      assertThat(tasklist.statusesOf(app)).containsExactly(403);
    });
    step("fetch() calls from another site's page are refused", () -> {
      tasklist.openUrl(evil.serve("/news", fetches(app, adminsTask.getId())), By.id("done"));
      assertThat(tasklist.statusesOf(app)).hasSize(4).containsOnly(403);
    });
    step("nothing changed: no deployment, the task untouched", () -> {
      assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName(deploymentName).count()).isZero();
      Task task = engine.getTaskService().createTaskQuery().taskId(adminsTask.getId()).singleResult();
      assertThat(task.getAssignee()).isEqualTo("admin");
      assertThat(engine.getTaskService().getVariables(task.getId())).isEmpty();
    });
  }

  // --- the other site's pages ------------------------------------------------------------------

  /** Submits itself as soon as it is opened: a multipart deployment with a diagram made in the page. */
  private String deploymentForm(String app) throws Exception {
    return """
        <!DOCTYPE html><html><body><h1>You won a prize</h1>
        <form id="attack" method="post" enctype="multipart/form-data" action="%s/engine-rest/deployment/create">
          <input type="hidden" name="deployment-name" value="%s"><input type="file" name="evil.bpmn" id="file">
        </form>
        <script>
          var files = new DataTransfer();
          files.items.add(new File([%s], 'evil.bpmn', { type: 'text/xml' }));
          document.getElementById('file').files = files.files;
          document.getElementById('attack').submit();
        </script></body></html>
        """.formatted(app, deploymentName, JSON.writeValueAsString(diagram()));
  }

  private static String apiForm(String app) {
    return """
        <!DOCTYPE html><html><body><h1>A short survey</h1>
        <form id="attack" method="post" action="%s/api/approvals"><input type="hidden" name="status" value="REMOVED"></form>
        <script>document.getElementById('attack').submit();</script></body></html>
        """.formatted(app);
  }

  /** Four POSTs a script may send anywhere without asking (no-cors), with the browser's credentials. */
  private String fetches(String app, String taskId) throws Exception {
    return """
        <!DOCTYPE html><html><body><h1>Today's news</h1><p id="done" hidden></p>
        <script>
          var app = %s, task = %s;
          function post(path, body) {
            return fetch(app + path, { method: 'POST', mode: 'no-cors', credentials: 'include', body: body });
          }
          var deployment = new FormData();
          deployment.append('deployment-name', %s);
          deployment.append('evil.bpmn', new File([%s], 'evil.bpmn'));
          var variable = new FormData();
          variable.append('data', new File(['planted'], 'planted.txt', { type: 'text/plain' }));
          Promise.allSettled([
            post('/engine-rest/deployment/create', deployment),
            post('/engine-rest/task/' + task + '/variables/planted/data', variable),
            post('/engine-rest/task/' + task + '/unclaim'),
            post('/api/approvals', new URLSearchParams({ status: 'REMOVED' }))
          ]).then(function () {
            var done = document.getElementById('done');
            done.textContent = 'sent';
            done.hidden = false;
          });
        </script></body></html>
        """.formatted(JSON.writeValueAsString(app), JSON.writeValueAsString(taskId),
        JSON.writeValueAsString(deploymentName), JSON.writeValueAsString(diagram()));
  }

  private String diagram() {
    String key = "evil_" + deploymentName.replaceAll("\\W", "");
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            targetNamespace="http://evil.example">
          <process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D"><startEvent id="start"/></process>
        </definitions>
        """.formatted(key);
  }
}
