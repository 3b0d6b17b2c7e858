package org.policy321.testing;

import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A story told in real Chromium through Tasklist, with the job executor running as in production:
 * numbered steps that time themselves and leave a screenshot in {@code target/browser-it/} when
 * they fail, signing in as the demo users, and waits on the engine for what jobs create.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles("test")
public abstract class BrowserStory {

  protected static final String PASSWORD = "demo";
  /** Asynchronous steps (documents, revocation) run as jobs: what follows appears a little later. */
  protected static final Duration JOB_TIMEOUT = Duration.ofSeconds(60);
  private static final Path SCREENSHOTS = Path.of("target", "browser-it");

  @LocalServerPort int port;
  @Autowired protected TaskService taskService;
  @Autowired protected HistoryService historyService;
  @Autowired protected IdentityService identityService;

  protected Tasklist tasklist;
  private int stepNo;

  @BeforeEach
  void openBrowser() {
    tasklist = new Tasklist(baseUrl(), recordsNetwork());
  }

  protected String baseUrl() {
    return "http://localhost:" + port;
  }

  /** A story that asserts what the browser got from the server (see {@link Tasklist#statusesOf}) says so. */
  protected boolean recordsNetwork() {
    return false;
  }

  @AfterEach
  void closeBrowser() {
    if (tasklist != null) {
      tasklist.close();
    }
  }

  protected interface Step<T> {
    T run() throws Exception;
  }

  protected interface VoidStep {
    void run() throws Exception;
  }

  protected void step(String name, VoidStep step) throws Exception {
    step(name, () -> {
      step.run();
      return null;
    });
  }

  /** Runs one step of the story; if it fails, leaves a screenshot named after it and says which. */
  protected <T> T step(String name, Step<T> step) throws Exception {
    stepNo++;
    long started = System.nanoTime();
    try {
      T result = step.run();
      System.out.printf("Step %d \"%s\": %.1f s%n", stepNo, name, (System.nanoTime() - started) / 1e9);
      return result;
    } catch (Exception | AssertionError e) {
      Path screenshot = SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", getClass().getSimpleName(), stepNo,
          name.replaceAll("\\W+", "-")));
      tasklist.screenshot(screenshot);
      throw new AssertionError("Step \"" + name + "\" failed (screenshot: " + screenshot + "): " + e.getMessage(), e);
    }
  }

  protected void login(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    tasklist.login(userId, PASSWORD, user.getFirstName() + " " + user.getLastName());
  }

  /** The open task of the case at the element, once the job executor has got there. */
  protected String awaitTask(String processInstanceId, String taskDefinitionKey) {
    Task[] found = new Task[1];
    tasklist.waitFor(JOB_TIMEOUT, "task " + taskDefinitionKey, () -> {
      found[0] = taskService.createTaskQuery().processInstanceId(processInstanceId)
          .taskDefinitionKey(taskDefinitionKey).singleResult();
      return found[0] != null;
    });
    return found[0].getId();
  }

  /** Acts in the engine as a signed-in member of staff would, for the steps a story does not click through. */
  protected <T> T asUser(String userId, List<String> groups, Callable<T> action) throws Exception {
    identityService.setAuthentication(userId, groups);
    try {
      return action.call();
    } finally {
      identityService.clearAuthentication();
    }
  }

  protected boolean isCompleted(String taskId) {
    return historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() == 1;
  }
}
