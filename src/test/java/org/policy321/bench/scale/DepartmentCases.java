package org.policy321.bench.scale;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.policy321.approval.DepictionApproval;
import org.policy321.approval.DepictionApproval.Decisions;
import org.policy321.approval.DepictionApproval.Elements;
import org.policy321.approval.DepictionApproval.Vars;
import org.policy321.bench.ProcessSteps;
import org.policy321.posting.OfficialPost;
import org.policy321.posting.PostCategory;
import org.policy321.removal.RemovalOnDirection;
import org.policy321.testing.SampleFiles;
import org.policy321.training.SocialMediaTraining;
import org.policy321.violation.PolicyScope;
import org.policy321.violation.ViolationReporting;

/**
 * The cases of a department's years, each driven to its end through the engine as its people work it
 * (the paths the scenario tests walk, see {@code *ScenarioTest}). {@link #run} picks the kind from the
 * case's index, in a mix like a department's: of every 20, 11 depiction requests with a layout (6 approved,
 * 3 approved after an inquiry round, 2 disapproved), 1 approval removed on direction (a request approved,
 * then its removal: two cases), 3 violation reports to a finding, 3 trainings, 2 official posts on the demo's
 * Facebook account.
 */
final class DepartmentCases {

  /** The demo's authorized poster, the Public Information Officer (DemoPostingSeeder). */
  private static final String POSTER = "pio";

  /** Cases in one round of the mix. */
  static final int MIX = 20;

  /** The Policy 3.21 revision the migration records (TrainingTestSupport.FIRST_REVISION). */
  private static final String POLICY_REVISION = "2026-02-02";
  /** All right, for application.yaml's questions (TrainingTestSupport.RIGHT). */
  private static final String RIGHT_ANSWERS = "{\"depictions\":\"b\",\"confidential\":\"c\",\"report\":\"a\"}";

  private final ProcessEngine engine;
  private final ProcessSteps steps;
  private final List<String> officers;
  /** The official account the demo's Public Information Officer posts to (DemoPostingSeeder). */
  private final long officialAccount;
  private final LongAdder uploadedBytes = new LongAdder();

  DepartmentCases(ProcessEngine engine, ProcessSteps steps, List<String> officers, long officialAccount) {
    this.engine = engine;
    this.steps = steps;
    this.officers = officers;
    this.officialAccount = officialAccount;
  }

  /** Bytes of the layouts sent so far. */
  long uploadedBytes() {
    return uploadedBytes.sum();
  }

  /** One case of the mix (or two, for a removal); returns how many cases ended. */
  int run(long index) {
    int slot = (int) (index % MIX);
    String officer = officer(index);
    if (slot < 6) {
      approved(officer, index, false);
      return 1;
    } else if (slot < 9) {
      approved(officer, index, true);
      return 1;
    } else if (slot < 11) {
      disapproved(officer, index);
      return 1;
    } else if (slot < 12) {
      removed(officer, approved(officer, index, false));
      return 2;
    } else if (slot < 15) {
      violationFoundUnfounded(officer, officer(index + 1), index);
      return 1;
    } else if (slot < 18) {
      training(officer);
      return 1;
    }
    officialPost(index);
    return 1;
  }

  /**
   * A memo with its layout left waiting for the Chief's decision: an open task for "Memos to decide".
   * Returns the process instance.
   */
  String memoAwaitingDecision(long index) {
    String pi = steps.start(officer(index), DepictionApproval.PROCESS_KEY, memo(index));
    steps.runDueJobs(pi);
    return pi;
  }

  /** Officers take turns, so cases running at the same time in other threads are about other people. */
  private String officer(long index) {
    return officers.get((int) (index % officers.size()));
  }

  /** Approved (after an inquiry round if asked), acknowledged, active; returns the approval number. */
  private String approved(String requester, long index, boolean withInquiry) {
    String pi = memoAwaitingDecision(index);
    if (withInquiry) {
      steps.claimAndComplete(pi, Elements.DECIDE_ON_MEMO, "chief", Map.of(Vars.DECISION, Decisions.INQUIRE,
          Vars.NOTATION, "Which photograph exactly, and taken where?"));
      steps.complete(pi, Elements.ANSWER_INQUIRY, requester, Map.of(Vars.ANSWER,
          "The photograph from the charity run on 12 May, taken in the park, not on department premises."));
      steps.runDueJobs(pi);
    }
    steps.claimAndComplete(pi, Elements.DECIDE_ON_MEMO, "chief",
        Map.of(Vars.DECISION, Decisions.APPROVE, Vars.NOTATION, "Approved as described."));
    steps.runDueJobs(pi);
    String number = (String) engine.getRuntimeService().getVariable(pi, Vars.APPROVAL_NUMBER);
    steps.complete(pi, Elements.ACKNOWLEDGE_APPROVAL_COPY, requester, Map.of(Vars.ACKNOWLEDGED, Boolean.TRUE));
    steps.runDueJobs(pi);
    return number;
  }

  private void disapproved(String requester, long index) {
    String pi = memoAwaitingDecision(index);
    steps.claimAndComplete(pi, Elements.DECIDE_ON_MEMO, "designee", Map.of(Vars.DECISION, Decisions.DISAPPROVE,
        Vars.NOTATION, "Disapproved.", Vars.DISAPPROVAL_REASON, "The photograph shows the inside of the station."));
    steps.runDueJobs(pi);
    steps.complete(pi, Elements.READ_DISAPPROVAL_LETTER, requester, Map.of());
  }

  /** The designee directs the approval's removal; the requester removes the posting, it is verified, the notice read. */
  private void removed(String requester, String approvalNumber) {
    String pi = steps.start("designee", RemovalOnDirection.PROCESS_KEY, Map.of(
        RemovalOnDirection.Vars.APPROVAL_NUMBER, approvalNumber,
        RemovalOnDirection.Vars.REASON, "The photo shows a crime scene in the background"));
    steps.runDueJobs(pi);
    steps.complete(pi, RemovalOnDirection.Elements.REMOVE_POSTING, requester, Map.of(
        RemovalOnDirection.Vars.OUTCOME, RemovalOnDirection.Outcomes.REMOVED,
        RemovalOnDirection.Vars.EVIDENCE_URL, "https://social.example/" + requester,
        RemovalOnDirection.Vars.STATEMENT, "Deleted the photo and the album"));
    Map<String, Object> verification = new HashMap<>();
    verification.put(RemovalOnDirection.Vars.VERIFIED, true);
    verification.put(RemovalOnDirection.Vars.VERIFIER_NOTE, null);
    steps.claimAndComplete(pi, RemovalOnDirection.Elements.VERIFY_REMOVAL, "designee", verification);
    steps.runDueJobs(pi);
    steps.complete(pi, RemovalOnDirection.Elements.READ_REVOCATION_NOTICE, requester, Map.of());
  }

  /**
   * A named report to Internal Affairs (ViolationScenarioTest's first path): accepted at triage, the officer
   * answers the allegation, found unfounded, the officer reads the notice of finding, the reporter their notices.
   */
  private void violationFoundUnfounded(String reporter, String subject, long index) {
    String pi = steps.start(reporter, ViolationReporting.PROCESS_KEY, report(subject, index));
    Task review = steps.findTask(pi, ViolationReporting.Elements.REVIEW_EARLY_INTERVENTION);
    if (review != null) { // the officer's third report within the window
      steps.work(review, "ia", Map.of());
    }
    steps.work(steps.findTask(pi, ViolationReporting.Elements.TRIAGE_REPORT), "ia", Map.of(
        ViolationReporting.Vars.TRIAGE, "accept",
        ViolationReporting.Vars.POLICY_SCOPE, PolicyScope.IDENTIFIES_AS_EMPLOYEE.value));
    steps.runDueJobs(pi); // the notice of allegation
    steps.work(steps.findTask(pi, ViolationReporting.Elements.PARTY_TASK), subject, Map.of(
        ViolationReporting.Vars.STATEMENT_GIVEN, "true",
        ViolationReporting.Vars.STATEMENT, "I never posted anything about that case."));
    steps.work(steps.findTask(pi, ViolationReporting.Elements.INVESTIGATE), "ia", Map.of(
        ViolationReporting.Vars.INVESTIGATION_STEP, "finding",
        ViolationReporting.Vars.FINDING, "unfounded",
        ViolationReporting.Vars.INVESTIGATION_NOTES, "No such post"));
    steps.runDueJobs(pi); // the notice of finding
    steps.work(steps.findTask(pi, ViolationReporting.Elements.PARTY_TASK), subject, Map.of());
    String caseNumber = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi)
        .singleResult().getBusinessKey();
    for (Task notice : engine.getTaskService().createTaskQuery()
        .processDefinitionKey(ViolationReporting.REPORTER_PROCESS_KEY)
        .taskDefinitionKey(ViolationReporting.Elements.READ_NOTICE).processInstanceBusinessKey(caseNumber)
        .taskAssignee(reporter).list()) {
      steps.work(notice, reporter, Map.of());
    }
  }

  /** HR assigns the training; the officer studies, passes the check, acknowledges the revision; HR confirms. */
  private void training(String officer) {
    String pi = steps.start("hr", SocialMediaTraining.PROCESS_KEY, Map.of(SocialMediaTraining.Vars.EMPLOYEE_ID, officer));
    steps.runDueJobs(pi);
    steps.complete(pi, SocialMediaTraining.Elements.STUDY_MATERIAL, officer,
        Map.of(SocialMediaTraining.Vars.MATERIAL_READ, true));
    steps.complete(pi, SocialMediaTraining.Elements.CHECK_UNDERSTANDING, officer,
        Map.of(SocialMediaTraining.Vars.CHECK_ANSWERS, RIGHT_ANSWERS));
    steps.complete(pi, SocialMediaTraining.Elements.ACKNOWLEDGE_REVISION, officer, Map.of(
        SocialMediaTraining.Vars.ACKNOWLEDGED_REVISION, POLICY_REVISION, SocialMediaTraining.Vars.ATTESTED, true));
    steps.work(steps.findTask(pi, SocialMediaTraining.Elements.CONFIRM_TRAINING), "hr", Map.of(
        SocialMediaTraining.Vars.CONFIRMED, true, SocialMediaTraining.Vars.CONFIRMATION_NOTE, "Checked the record"));
  }

  /**
   * The Public Information Officer files a community news post without flags, checks it against §IV and the
   * guidelines, and publishes it: the posting log's four entries (OfficialPostScenarioTest's first path).
   */
  private void officialPost(long index) {
    Map<String, Object> draft = new HashMap<>();
    draft.put(OfficialPost.Vars.ACCOUNTS, Long.toString(officialAccount));
    draft.put(OfficialPost.Vars.CATEGORY, PostCategory.COMMUNITY_NEWS.value);
    draft.put(OfficialPost.Vars.POST_TEXT, "Join us for Coffee with a Cop at the Central Library, meeting " + index
        + ". Bring your questions about neighbourhood safety!");
    draft.put(OfficialPost.Vars.URGENT, false);
    String pi = steps.start(POSTER, OfficialPost.PROCESS_KEY, draft);
    steps.runDueJobs(pi);
    steps.complete(pi, OfficialPost.Elements.CHECK_POST, POSTER, Map.of(OfficialPost.Vars.PROHIBITED_ITEMS, "",
        OfficialPost.Vars.ATTESTED_EACH_ITEM, true, OfficialPost.Vars.CONFORMS_TO_GUIDELINES, "true"));
    steps.complete(pi, OfficialPost.Elements.PUBLISH_POST, POSTER, Map.of(
        OfficialPost.Vars.PUBLISHED_AT, LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).toString(),
        OfficialPost.Vars.POST_URL, "https://www.facebook.com/SpringfieldPD/posts/" + index));
    steps.runDueJobs(pi);
  }

  private Map<String, Object> memo(long index) {
    byte[] layout = LayoutImages.png(index);
    uploadedBytes.add(layout.length);
    Map<String, Object> memo = new HashMap<>();
    memo.put(Vars.PROPOSED_USAGE, "A photograph of me in uniform beside a marked unit on my recruiting blog");
    memo.put(Vars.PURPOSE, "Encourage young people in the city to apply to the police academy (case " + index + ")");
    memo.put(Vars.LAYOUT, SampleFiles.file("layout.png", "image/png", layout));
    memo.put(Vars.DEPICTIONS, "uniform,marked-unit");
    memo.put(Vars.PLATFORM, "Personal blog");
    memo.put(Vars.URL, "https://blog.example.org/join/" + index);
    memo.put(Vars.POSTING_UNTIL, LocalDate.now(ZoneOffset.UTC).plusYears(2).toString());
    return memo;
  }

  private static Map<String, Object> report(String subject, long index) {
    Map<String, Object> report = new HashMap<>();
    report.put(ViolationReporting.Vars.SUBJECT, subject);
    report.put(ViolationReporting.Vars.PLACE_AND_TIME, "Public profile, 2026-11-20 around 22:00");
    report.put(ViolationReporting.Vars.CLAUSES, "§IV.G");
    report.put(ViolationReporting.Vars.WHAT_WAS_POSTED, "A post naming the victim in an open case (" + index + ")");
    report.put(ViolationReporting.Vars.EVIDENCE_URL, "https://social.example/post/" + index);
    report.put(ViolationReporting.Vars.ENDANGERS, false);
    report.put(ViolationReporting.Vars.ROUTE_TO, ViolationReporting.Routes.INTERNAL_AFFAIRS);
    return report;
  }
}
