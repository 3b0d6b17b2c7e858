package org.policy321.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.policy321.platform.identity.Roster;
import org.policy321.posting.OfficialPost.Elements;
import org.policy321.posting.OfficialPost.Vars;
import org.policy321.testing.BrowserStory;
import org.policy321.testing.PdfText;
import org.policy321.testing.Tasklist;
import org.policy321.testing.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An official post from the draft to the posting log, in real Chromium through Tasklist (issue 14; §I.A, §I.B, §IV,
 * §II.C, §VI.B): the demo's authorized poster drafts it in "Start process" — a draft whose file is no image is
 * refused with the server's sentence and nothing starts —, reads the screen's flag naming its clause on "Check and
 * attest post" and attests; the Chief decides from the "Posts to approve" filter and approves with a notation; the
 * poster reads the notation and records the publication on "Publish post"; the poster corrects the address and a
 * designee takes the post down (through the log's API: no page offers them); then HR, signed in once, opens "Posting
 * log" from Tasklist's header, finds the post's steps with the people by name, the correction and the take-down as
 * rows of their own, and downloads the PDF/A export of the period, which reads back with the post's number and the
 * notation; an auditor opens the log from Cockpit's header;
 * an employee is offered no link and reads the log's refusal on the page.
 *
 * <p>Publication: with the application's default {@code policy.posting.publication-connector: false}, a post goes to
 * its poster's "Publish post" directly and the external task {@code publish-post} is never created, so this story
 * drives no connector (OfficialPostHrAndConnectorTest covers the connector and its {@code PublishByHand} error).
 *
 * <p>Due dates: the policy sets no deadline for checking, deciding on or publishing a post (only the review of an
 * urgent notice has one, §I.B), so these tasks have none, and the story asserts Tasklist shows none.
 */
class OfficialPostBrowserIT extends BrowserStory {

  private static final String PROCESS_NAME = "Official post (approval and posting log)";
  private static final By START = By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']");
  private static final By START_HINT = By.cssSelector(".modal-footer .still-needed");
  private static final By DUE_DATE = By.cssSelector(".due-date [am-time-ago]");
  private static final By ENTRIES = By.id("entries");
  private static final By MESSAGE = By.id("message");
  private static final By LINK_CHECKED = By.cssSelector("#posting-log-link[data-access-checked]");
  private static final By LINK = By.id("posting-log-link");
  private static final Pattern POST_NUMBER = Pattern.compile("OP-\\d{4}-\\d+");

  @Autowired OfficialAccountRepository accounts;
  @Autowired ContentGuidelineRepository guidelines;
  @Autowired PostingLog log;
  @Autowired PostingLogService postingLog;
  @Autowired Roster roster;

  @TempDir Path tempDir;

  @Test
  void aFlaggedPostGoesFromTheDraftThroughTheChiefsApprovalToThePostingLog_andItsPdfAExport_IB_IV_IIC_VIB()
      throws Exception {
    String marker = "bike-" + Long.toString(System.nanoTime(), 36);
    String text = "Free bike registration at the station on Saturday, 9 a.m. to noon. Questions? Call the community "
        + "desk at 555-0142. (" + marker + ")";
    String flag = "§IV.I A phone number: release the department's own numbers only, never a person's (doxxing). "
        + "(found: \u201c555-0142\u201d)";
    String notation = "Approved: the number is the community desk of the department, not a person's.";
    String url = "https://www.facebook.com/SpringfieldPD/posts/" + marker;
    long account = accounts.findAllByOrderByPlatformAscHandleAsc().stream()
        .filter(a -> a.handle().equals("@SpringfieldPD")).findFirst().orElseThrow().id();
    // A text file under an image's name: the browser sends it as image/png; the server reads its content.
    Path notAnImage = Files.writeString(tempDir.resolve("poster.png"), "Not a picture at all.", StandardCharsets.UTF_8);

    step("the draft says what is still needed, and a file that is no image is refused; nothing starts (§I.A)", () -> {
      login(OfficialPostTestSupport.PIO);
      tasklist.openStartForm(PROCESS_NAME, By.id("postText"));
      fillInDraft(account, null);
      assertThat(tasklist.isEnabled(START)).isFalse();
      tasklist.awaitText(START_HINT, "Still needed: Text of the post.");
      tasklist.type(By.id("postText"), text);
      tasklist.upload(By.id("media"), notAnImage);

      assertThat(tasklist.submitStartFormRefused()).isEqualTo("The media file \"poster.png\" is not a PDF, PNG or "
          + "JPEG file (checked by its content, not its name).");
      assertThat(historyService.createHistoricVariableInstanceQuery().variableName(Vars.POST_TEXT).list().stream()
          .filter(v -> text.equals(v.getValue())).count()).as("no post started").isZero();
      assertThat(log.recorded(LocalDate.now(ZoneOffset.UTC).atStartOfDay().atOffset(ZoneOffset.UTC),
          LocalDate.now(ZoneOffset.UTC).plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)))
          .as("nothing logged").noneMatch(e -> e.postText() != null && e.postText().contains(marker));
      tasklist.closeStartForm();
    });

    String number = step("pio files the post without the file; the confirmation names its number", () -> {
      tasklist.openStartForm(PROCESS_NAME, By.id("postText"));
      fillInDraft(account, text);
      tasklist.submitStartForm();
      Matcher named = POST_NUMBER.matcher(tasklist.awaitNotification("was received"));
      assertThat(named.find()).as("the confirmation names the post's number").isTrue();
      return named.group();
    });
    String instance = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult().getId();

    step("pio reads the screen's flag naming §IV.I on \"Check and attest post\", attests and completes", () -> {
      String check = awaitTask(instance, Elements.CHECK_POST);
      tasklist.openTask(check, "Check and attest post", By.id("attestedEachItem"));
      tasklist.awaitText(By.cssSelector(".official-post .post-number"), number);
      tasklist.awaitText(By.cssSelector(".official-post .post-accounts"), "Facebook @SpringfieldPD");
      tasklist.awaitText(By.cssSelector(".official-post .screen-flags"), flag);
      assertNoDueDate(check);
      tasklist.tick(By.id("attestedEachItem"));
      tasklist.choose(By.id("conformsToGuidelines"), "Yes");
      tasklist.complete(() -> isCompleted(check));
      tasklist.logout();
    });

    step("the Chief opens \"Decide on post\" from \"Posts to approve\" and approves with a notation (§I.B)", () -> {
      String decide = awaitTask(instance, Elements.DECIDE_ON_POST);
      login("chief");
      tasklist.openFilter("Posts to approve");
      tasklist.openTask(decide, "Decide on post", By.id("postDecision"));
      tasklist.awaitText(By.cssSelector(".official-post .screen-flags"), flag);
      assertNoDueDate(decide);
      tasklist.claim(By.id("postDecision"));
      tasklist.choose(By.id("postDecision"), "Approve");
      tasklist.type(By.id("notation"), notation);
      tasklist.complete(() -> isCompleted(decide));
      tasklist.logout();
    });

    step("pio reads the notation on \"Publish post\" and records when and where it went out (§II.C)", () -> {
      String publish = awaitTask(instance, Elements.PUBLISH_POST);
      login(OfficialPostTestSupport.PIO);
      tasklist.openTask(publish, "Publish post", By.id("publishedAt"));
      tasklist.awaitText(By.cssSelector(".official-post .post-notation"), notation);
      assertNoDueDate(publish);
      tasklist.enterDateTime(By.id("publishedAt"), LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1));
      tasklist.type(By.id("postUrl"), url);
      tasklist.complete(() -> isCompleted(publish));
      tasklist.logout();
    });

    String correctedUrl = url + "-corrected";
    String takeDownReason = "The registration day is over.";
    PostingLogEntry correction = step("the poster corrects the address and a designee takes the post down, through "
        + "the log's API", () -> {
      PostingLogEntry published = log.of(number).stream().filter(e -> e.kind() == PostingLogEntry.LogKind.PUBLISHED)
          .findFirst().orElseThrow();
      PostingLogEntry corrected = postingLog.correct(OfficialPostTestSupport.PIO, published.id(),
          new PostingLogService.Correction(null, correctedUrl, null, "I copied the wrong link."));
      postingLog.takeDown("designee", number, takeDownReason);
      return corrected;
    });

    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    By rows = By.cssSelector("#entries tbody tr[data-post='" + number + "']");
    By steps = By.cssSelector("#entries tbody tr[data-post='" + number + "'] td:nth-child(4)");
    step("HR, signed in to Tasklist once, opens \"Posting log\" from the header: every step, people by name", () -> {
      login("hr");
      tasklist.followHeaderLink("Posting log", ENTRIES);
      tasklist.enterDate(By.id("from"), today);
      tasklist.enterDate(By.id("to"), today);
      tasklist.press(By.cssSelector("#period button[type='submit']"));
      tasklist.waitFor(Tasklist.UI_TIMEOUT, "the post's entries", () -> tasklist.shownTexts(steps).equals(List.of(
          "Filed by an authorized poster (§I.A)", "Screened (§IV)", "Checked and attested (§IV)", "Approved",
          "Published (§II.C)", "Correction", "Taken down (§VI.B)")));
      assertThat(tasklist.textOf(MESSAGE)).endsWith(", " + today + " to " + today + " (UTC).");
      String poster = roster.nameOf(OfficialPostTestSupport.PIO);
      assertThat(tasklist.textOf(kind(number, "FILED"))).contains(poster, "Facebook @SpringfieldPD", text);
      assertThat(tasklist.textOf(kind(number, "SCREENED"))).contains(flag);
      String version = "v" + guidelines.findFirstByOrderByVersionDesc().orElseThrow().version();
      assertThat(tasklist.textOf(kind(number, "ATTESTED"))).contains(poster, version);
      assertThat(tasklist.textOf(kind(number, "APPROVED"))).contains(roster.nameOf("chief"), "Chief of Police",
          notation);
      assertThat(tasklist.textOf(kind(number, "PUBLISHED"))).contains(poster, url, version,
          "Corrected by entry " + correction.id());
      assertThat(tasklist.textOf(kind(number, "CORRECTION"))).contains(poster, correctedUrl,
          "Corrects entry " + correction.correctsEntry() + "\nI copied the wrong link.");
      assertThat(tasklist.textOf(kind(number, "TAKEN_DOWN"))).contains(roster.nameOf("designee"), takeDownReason);
    });

    step("the PDF/A export of the period, downloaded from the page, reads back with the number and notation", () -> {
      assertThat(tasklist.shownTexts(By.id("export-csv"))).containsExactly("CSV");
      Path pdf = tasklist.download(By.id("export-pdf"), Duration.ofSeconds(60));
      assertThat(pdf.getFileName().toString()).isEqualTo("posting-log-" + today + "-" + today + ".pdf");
      byte[] bytes = Files.readAllBytes(pdf);
      VeraPdf.assertPdfA2b(bytes);
      assertThat(PdfText.of(bytes)).contains("Social networking posting log", today + " to " + today, number,
          notation, url, correctedUrl, takeDownReason);
      tasklist.press(By.id("back-to-tasklist"));
      tasklist.logout();
    });

    step("an employee is offered no posting log, and the page reads them the log's refusal (§VI.B)", () -> {
      login("employee");
      tasklist.waitFor(Tasklist.UI_TIMEOUT, "the link's check", () -> tasklist.isPresent(LINK_CHECKED));
      assertThat(tasklist.isShown(LINK)).isFalse();
      tasklist.openPage("/posting-log/index.html", By.id("period"));
      tasklist.awaitText(MESSAGE, "The posting log is kept for the Chief of Police, designees, Human Resources, "
          + "authorized posters and auditors (Policy 3.21 §II.C, §VI.B).");
      assertThat(tasklist.isShown(ENTRIES)).isFalse();
      assertThat(tasklist.isShown(By.id("exports"))).isFalse();
      tasklist.press(By.id("back-to-tasklist"));
      tasklist.logout();
    });

    step("an auditor, who works in Cockpit, opens the log from Cockpit's header and reads the approval", () -> {
      tasklist.loginToCockpit("auditor", PASSWORD, "Helen Park");
      tasklist.followHeaderLink("Posting log", By.id("period"));
      tasklist.waitFor(Tasklist.UI_TIMEOUT, "the post's entries", () -> tasklist.shownTexts(rows).size() == 7);
      assertThat(tasklist.textOf(kind(number, "APPROVED"))).contains(roster.nameOf("chief"), notation);
    });
  }

  /** The draft form's account, kind and text (none: left empty); the accounts load from the server first. */
  private void fillInDraft(long account, String text) {
    tasklist.tick(By.name("account-" + account));
    tasklist.choose(By.id("category"), "Community news");
    if (text != null) {
      tasklist.type(By.id("postText"), text);
    }
  }

  /** No deadline on the engine's task, and none in Tasklist's task header. */
  private void assertNoDueDate(String taskId) {
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getDueDate()).isNull();
    assertThat(tasklist.isShown(DUE_DATE)).isFalse();
  }

  private static By kind(String number, String kind) {
    return By.cssSelector("#entries tbody tr[data-post='" + number + "'][data-kind='" + kind + "']");
  }
}
