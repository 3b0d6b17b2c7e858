package org.policy321.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policy321.approval.DepictionApproval.Elements;
import static org.policy321.approval.DepictionApproval.PROCESS_KEY;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.policy321.testing.BrowserStory;
import org.policy321.testing.Tasklist;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The depiction approval end to end in real Chromium and Camunda Tasklist, with the job executor
 * running as in production: an employee sends the memo with a layout, the designee makes a
 * further inquiry, the employee answers, the Chief approves, and the employee downloads the
 * approval copy and acknowledges it; and the Chief takes over a decision a designee had claimed
 * (§III.R). Needs Debian's {@code chromium} and {@code chromium-driver}.
 * A failing step leaves a screenshot in {@code target/browser-it/}.
 */
class DepictionApprovalBrowserIT extends BrowserStory {

  private static final String PROCESS_NAME = "Depiction approval (memo to the Chief)";
  private static final String CHIEF_NAME = "Margaret Holloway";

  @Autowired RuntimeService runtimeService;
  @Autowired ApprovalRegister approvalRegister;

  @TempDir Path tempDir;

  @Test
  void theChiefTakesOverAMemoADesigneeClaimedAndDecidesIt_IIIR() throws Exception {
    String proposedUsage = "My badge in a recruiting video (" + UUID.randomUUID() + ")";
    String processInstanceId = step("employee sends a memo, and the designee claims its decision", () -> {
      String id = asUser("employee", List.of("employee"), () -> runtimeService.startProcessInstanceByKey(PROCESS_KEY,
          Map.of(DepictionApproval.Vars.PROPOSED_USAGE, proposedUsage, DepictionApproval.Vars.PURPOSE, "Recruiting",
              DepictionApproval.Vars.DEPICTIONS, "badge", DepictionApproval.Vars.PLATFORM, "Video site",
              DepictionApproval.Vars.POSTING_OPEN_ENDED, true)).getId());
      String taskId = awaitTask(id, Elements.DECIDE_ON_MEMO);
      asUser("designee", List.of("employee", "designee"), () -> {
        taskService.claim(taskId, "designee");
        return null;
      });
      return id;
    });

    step("the Chief resets the designee's claim in Tasklist, claims the task and approves", () -> {
      String taskId = awaitTask(processInstanceId, Elements.DECIDE_ON_MEMO);
      login("chief");
      tasklist.openTask(taskId, "Decide on memo", By.id("notation"));
      tasklist.press(By.cssSelector("a.reset-assignee"));
      tasklist.claim(By.id("decision"));
      tasklist.choose(By.id("decision"), "Approve");
      tasklist.type(By.id("notation"), "Approved; I take this one over.");
      tasklist.complete(() -> isCompleted(taskId));
      tasklist.logout();
    });

    step("the engine records the Chief's decision", () -> {
      tasklist.waitFor(JOB_TIMEOUT, "the approval copy", () -> taskService.createTaskQuery()
          .processInstanceId(processInstanceId).taskDefinitionKey(Elements.ACKNOWLEDGE_APPROVAL_COPY).count() == 1);
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
          .variableName(DepictionApproval.Vars.DECIDED_BY).singleResult().getValue()).isEqualTo("chief");
    });
  }

  @Test
  void memoIsApprovedAfterAFurtherInquiryAndTheRequesterKeepsTheApprovalCopy() throws Exception {
    // Unique, so the test finds its own case whatever else the engine holds.
    String proposedUsage = "A photo of me in uniform, badge visible, on my youth league blog (" + UUID.randomUUID() + ")";
    String question = "Which photo exactly, and is your face visible?";
    String answer = "The team photo on the About page; yes, my face is visible.";
    String chiefNotation = "Approved for the youth league blog only.";
    Path layout = pngLayout(tempDir.resolve("layout.png"));

    step("employee submits the memo with the start form", () -> {
      login("employee");
      tasklist.openStartForm(PROCESS_NAME, By.id("proposedUsage"));
      tasklist.type(By.id("proposedUsage"), proposedUsage);
      tasklist.type(By.id("purpose"), "A personal blog about coaching the department's youth league team.");
      tasklist.upload(By.id("layout"), layout);
      tasklist.tick(By.name("depicted-uniform"));
      tasklist.tick(By.name("depicted-badge"));
      tasklist.type(By.id("platform"), "Personal blog");
      tasklist.type(By.id("url"), "https://blog.example.org/youth-league");
      tasklist.tick(By.id("postingOpenEnded"));
      tasklist.submitStartForm();
      tasklist.logout();
    });
    String processInstanceId = step("the engine holds the request as entered", () -> {
      String id = awaitProcessInstance(proposedUsage);
      assertThat(runtimeService.getVariable(id, DepictionApproval.Vars.REQUESTER_ID)).isEqualTo("employee");
      assertThat(runtimeService.getVariable(id, DepictionApproval.Vars.DEPICTIONS)).isEqualTo("uniform,badge");
      assertThat(runtimeService.getVariable(id, DepictionApproval.Vars.POSTING_OPEN_ENDED)).isEqualTo(true);
      assertThat(runtimeService.getVariable(id, DepictionApproval.Vars.POSTING_PERIOD)).isEqualTo("open-ended, reviewed every year");
      FileValue uploaded = runtimeService.getVariableTyped(id, DepictionApproval.Vars.LAYOUT);
      assertThat(uploaded.getFilename()).isEqualTo("layout.png");
      assertThat(uploaded.getValue().readAllBytes()).isEqualTo(Files.readAllBytes(layout));
      return id;
    });

    step("designee makes a further inquiry", () -> {
      String taskId = awaitTask(processInstanceId, Elements.DECIDE_ON_MEMO);
      login("designee");
      tasklist.openTask(taskId, "Decide on memo", By.id("notation"));
      assertThat(tasklist.textOf(By.cssSelector(".memo-proposed-usage"))).isEqualTo(proposedUsage);
      assertThat(tasklist.textOf(By.cssSelector(".memo-depictions"))).isEqualTo("Uniform, Badge");
      tasklist.claim(By.id("decision"));
      tasklist.choose(By.id("decision"), "Make further inquiries");
      tasklist.type(By.id("notation"), question);
      tasklist.complete(() -> isCompleted(taskId));
      tasklist.logout();
    });

    step("employee answers the inquiry, keeping the layout", () -> {
      String taskId = awaitTask(processInstanceId, Elements.ANSWER_INQUIRY);
      login("employee");
      tasklist.openTask(taskId, "Answer inquiry", By.id("answer"));
      assertThat(tasklist.textOf(By.cssSelector(".inquiry-question"))).isEqualTo(question);
      tasklist.type(By.id("answer"), answer);
      tasklist.complete(() -> isCompleted(taskId));
      tasklist.logout();
    });

    step("the Chief approves", () -> {
      String taskId = awaitTask(processInstanceId, Elements.DECIDE_ON_MEMO);
      login("chief");
      tasklist.openTask(taskId, "Decide on memo", By.id("notation"));
      assertThat(tasklist.textOf(By.cssSelector(".inquiry-history"))).contains(question).contains(answer);
      tasklist.claim(By.id("decision"));
      tasklist.choose(By.id("decision"), "Approve");
      tasklist.type(By.id("notation"), chiefNotation);
      tasklist.complete(() -> isCompleted(taskId));
      tasklist.logout();
    });

    String approvalNumber = step("employee downloads the approval copy and acknowledges it", () -> {
      String taskId = awaitTask(processInstanceId, Elements.ACKNOWLEDGE_APPROVAL_COPY);
      login("employee");
      tasklist.openTask(taskId, "Acknowledge approval copy", By.id("acknowledged"));
      assertThat(tasklist.dueDateShown()).as("policy.depiction.acknowledgement-deadline P5D").isEqualTo("in 5 days");
      String number = tasklist.textOf(By.cssSelector(".approval-number"));
      Matcher matcher = Pattern.compile("DA-(\\d{4})-\\d{4}").matcher(number);
      assertThat(matcher.matches()).as("approval number %s", number).isTrue();
      assertThat(Integer.parseInt(matcher.group(1))).isEqualTo(Year.now(ZoneOffset.UTC).getValue());

      Path copy = tasklist.download(By.cssSelector("a[cam-file-download='approvalCopy']"), Duration.ofSeconds(30));
      assertThat(Files.readAllBytes(copy)).startsWith("%PDF-".getBytes());
      assertThat(pdfText(copy)).contains(number).contains(chiefNotation).contains(CHIEF_NAME);

      tasklist.tick(By.id("acknowledged"));
      tasklist.complete(() -> isCompleted(taskId));
      return number;
    });

    step("the engine ended the case as approved", () -> {
      tasklist.waitFor(JOB_TIMEOUT, "the process instance to end", () -> historyService
          .createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).finished().count() == 1);
      HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
          .processInstanceId(processInstanceId).singleResult();
      assertThat(instance.getEndActivityId()).isEqualTo(Elements.MEMO_APPROVED);
      assertThat(approvalRegister.find(approvalNumber)).hasValueSatisfying(
          approval -> assertThat(approval.status()).isEqualTo(ApprovalStatus.ACTIVE));
    });
  }

  // --- steps and waits -------------------------------------------------------------------------

  private String awaitProcessInstance(String proposedUsage) {
    HistoricProcessInstance[] found = new HistoricProcessInstance[1];
    tasklist.waitFor(Tasklist.UI_TIMEOUT, "the started process instance", () -> {
      found[0] = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
          .variableValueEquals(DepictionApproval.Vars.PROPOSED_USAGE, proposedUsage).singleResult();
      return found[0] != null;
    });
    return found[0].getId();
  }

  // --- files -----------------------------------------------------------------------------------

  /** A small PNG standing in for the printed layout of the page. */
  private static Path pngLayout(Path file) throws Exception {
    BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(Color.WHITE);
    graphics.fillRect(0, 0, 320, 200);
    graphics.setColor(new Color(0x1f3a93));
    graphics.fillRect(20, 20, 280, 40);
    graphics.setColor(Color.GRAY);
    graphics.fillRect(20, 80, 120, 100);
    graphics.dispose();
    ImageIO.write(image, "png", file.toFile());
    return file;
  }

  /** The PDF's text with runs of white space made single spaces, so wrapped lines still match. */
  private static String pdfText(Path pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
