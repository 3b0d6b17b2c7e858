package org.policy321.violation;

import org.policy321.violation.anonymous.AnonymousReports;
import org.policy321.violation.accesslog.CaseAccessLog;
import org.policy321.violation.accesslog.CaseAccessAction;
import org.policy321.violation.accesslog.CaseAccess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.policy321.violation.ViolationReporting.Vars;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.platform.forms.Upload;
import org.policy321.testing.SampleFiles;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The evidence of a violation case (issue 12, §V.A, §V.B): kept at receipt with its SHA-256, named and
 * anonymous (§V.C: no sender); added to by whoever investigates while the case is open, and by nobody else;
 * the reports merged into a case shown there with their evidence, which is never copied.
 */
class EvidenceLockerTest extends ViolationTestSupport {

  private static final byte[] PDF = SampleFiles.pdf("The post, as captured");
  private static final byte[] PNG = SampleFiles.png();

  @Autowired EvidenceLocker locker;
  @Autowired EvidenceRepository evidence;
  @Autowired CaseAccessLog accessLog;

  @Test
  void theTasklistStartFormsEvidenceIsKeptAtReceiptWithItsSha256_VA() {
    String officer = newOfficer("Dana", "Whitfield");
    ProcessInstance instance = reportNamed("employee2", withFile(report(officer, "internal-affairs", false),
        "screenshot.pdf", "application/pdf", PDF));

    CaseEvidence kept = single(caseOf(instance));
    assertThat(kept.kind()).isEqualTo(CaseEvidence.Kind.EVIDENCE);
    assertThat(kept.title()).isEqualTo(EvidenceLocker.WITH_REPORT);
    assertThat(kept.fileName()).isEqualTo("screenshot.pdf");
    assertThat(kept.mediaType()).isEqualTo("application/pdf");
    assertThat(kept.sha256()).isEqualTo(sha256(PDF));
    assertThat(kept.sizeBytes()).isEqualTo(PDF.length);
    assertThat(kept.addedBy()).as("§V.C: the reporter is named in the case record only").isNull();
    assertThat(kept.withReport()).isTrue();
    assertThat(kept.addedAt()).isAtSameInstantAs(caseOf(instance).receivedAt());
    assertThat(evidence.content(kept)).isEqualTo(PDF);
  }

  @Test
  void anAnonymousReportsEvidenceIsKeptWithoutItsNameOrSender_VA_VC() {
    AnonymousReports.Submitted sent = anonymous.submit(new ReportContent("", "Public profile, last night", "§IV.G",
        "A post naming a victim", null, new Upload("priya-shah-phone.png", "image/png", PNG), false, "internal-affairs"));

    ViolationReport report = cases.find(sent.caseNumber()).orElseThrow();
    CaseEvidence kept = single(report);
    assertThat(kept.fileName()).isEqualTo("evidence.png");
    assertThat(kept.mediaType()).isEqualTo("image/png");
    assertThat(kept.sha256()).isEqualTo(sha256(PNG));
    assertThat(kept.addedBy()).isNull();
    assertThat(evidence.content(kept)).isEqualTo(PNG);
  }

  @Test
  void aReportWithoutAFileHoldsNoEvidence() {
    ProcessInstance instance = reportNamed("employee2", report(newOfficer("Dana", "Whitfield"), "internal-affairs", false));

    assertThat(locker.caseFile(caseOf(instance)).evidence()).isEmpty();
  }

  @Test
  void theInvestigatorAddsAFileAndAStatement_eachHashedAndInTheAccessLog_VB() {
    ViolationReport report = accepted(newOfficer("Dana", "Whitfield"));
    String statement = "Witness Ana Lopez: “I saw the post at 22:10; it named the victim.”";

    List<CaseEvidence> added = locker.add(report, "ia", "Statement of a witness, with her screenshot", statement,
        new Upload("witness-screenshot.png", "image/png", PNG));

    assertThat(added).extracting(CaseEvidence::kind, CaseEvidence::fileName, CaseEvidence::mediaType,
            CaseEvidence::sha256, CaseEvidence::sizeBytes, CaseEvidence::addedBy)
        .containsExactly(
            tuple(CaseEvidence.Kind.STATEMENT, null, CaseEvidence.STATEMENT_MEDIA_TYPE,
                sha256(statement.getBytes(StandardCharsets.UTF_8)), (long) statement.getBytes(StandardCharsets.UTF_8).length, "ia"),
            tuple(CaseEvidence.Kind.EVIDENCE, "witness-screenshot.png", "image/png", sha256(PNG), (long) PNG.length, "ia"));
    assertThat(locker.caseFile(report).evidence()).containsExactlyElementsOf(added);
    assertThat(evidence.content(added.get(0))).isEqualTo(statement.getBytes(StandardCharsets.UTF_8));
    assertThat(evidence.content(added.get(1))).isEqualTo(PNG);
    assertThat(accessLog.of(report.caseNumber())).extracting(CaseAccess::userId, CaseAccess::action, CaseAccess::detail)
        .containsExactly(
            tuple("ia", CaseAccessAction.EVIDENCE_ADDED, "statement #" + added.get(0).id()),
            tuple("ia", CaseAccessAction.EVIDENCE_ADDED, "evidence #" + added.get(1).id()));
  }

  @Test
  void onlyWhoeverInvestigatesAddsEvidence_theCaseIsUnchanged_VC() {
    String officer = newOfficer("Dana", "Whitfield");
    ViolationReport report = accepted(officer);

    // An employee, the employee concerned, the reporter, and the Chief (who reads the case, but does not investigate it).
    for (String user : List.of("employee", officer, "employee2", "chief")) {
      assertThatThrownBy(() -> locker.add(report, user, "Screenshot", null, new Upload("x.png", "image/png", PNG)))
          .as(user).isInstanceOfSatisfying(CaseRefusal.class,
              refused -> assertThat(refused.reason).isEqualTo(CaseRefusal.Reason.NOT_PERMITTED))
          .hasMessageStartingWith("Evidence is added by whoever investigates the case.");
    }
    assertThatThrownBy(() -> locker.add(report, officer, "Screenshot", "text", null))
        .hasMessageContaining("You reported this case or it concerns you").hasMessageNotContaining("employee2");
    assertThat(locker.caseFile(report).evidence()).isEmpty();
    assertThat(accessLog.of(report.caseNumber())).isEmpty();
  }

  @Test
  void aMemberOfInternalAffairsWhoReportedTheCaseAddsNothing_VC() {
    ProcessInstance instance = reportNamed("ia", report(newOfficer("Dana", "Whitfield"), "internal-affairs", false));

    assertThatThrownBy(() -> locker.add(caseOf(instance), "ia", "Screenshot", "My own statement", null))
        .isInstanceOf(CaseRefusal.class).hasMessageContaining("You reported this case or it concerns you");
    assertThat(locker.caseFile(caseOf(instance)).evidence()).isEmpty();
  }

  @Test
  void aClosedCaseTakesNoEvidence_aMergedOneSaysWhereItGoes() {
    ProcessInstance closed = reportNamed("employee2", report(newOfficer("Dana", "Whitfield"), "internal-affairs", false));
    triage(closed, "ia", "not-a-violation", Map.of(Vars.TRIAGE_REASON, "A private joke"));
    ViolationReport open = accepted(newOfficer("Lee", "Moreno"));
    ProcessInstance duplicate = reportNamed("supervisor", report(newOfficer("Kim", "Ortega"), "internal-affairs", false));
    triage(duplicate, "ia", "duplicate", Map.of(Vars.DUPLICATE_OF, open.caseNumber()));

    assertThatThrownBy(() -> locker.add(caseOf(closed), "ia", "Statement", "Too late", null))
        .isInstanceOfSatisfying(CaseRefusal.class, r -> assertThat(r.reason).isEqualTo(CaseRefusal.Reason.CASE_CLOSED))
        .hasMessage("Case " + caseOf(closed).caseNumber() + " is closed (" + CaseStatus.NOT_A_VIOLATION.description
            + "); evidence is added only while a case is open. Nothing was added.");
    assertThatThrownBy(() -> locker.add(caseOf(duplicate), "ia", "Statement", "Belongs to the open case", null))
        .isInstanceOf(CaseRefusal.class)
        .hasMessage("Case " + caseOf(duplicate).caseNumber() + " was merged into " + open.caseNumber()
            + "; add evidence there. Nothing was added.");
    assertThat(locker.caseFile(caseOf(closed)).evidence()).isEmpty();
    assertThat(locker.caseFile(caseOf(duplicate)).evidence()).isEmpty();
  }

  @Test
  void evidenceNeedsATitleAndAFileOrAStatement_andOnlyAPdfPngOrJpegWithinTheLimit() {
    ViolationReport report = accepted(newOfficer("Dana", "Whitfield"));
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(PNG, 0, big, 0, PNG.length);

    assertRefused(() -> locker.add(report, "ia", "A title", "  ", null), "Add a file, a written statement, or both.");
    assertRefused(() -> locker.add(report, "ia", " ", "A statement", null), "The title is required");
    assertRefused(() -> locker.add(report, "ia", "x".repeat(201), "A statement", null), "The title is 201 characters");
    assertRefused(() -> locker.add(report, "ia", "A page", null,
        new Upload("page.png", "image/png", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))),
        "The file \"page.png\" is not a PDF, PNG or JPEG file");
    assertRefused(() -> locker.add(report, "ia", "A screenshot", "With a statement", new Upload("huge.png", "image/png", big)),
        "the limit is 10 MB");
    assertThat(locker.caseFile(report).evidence()).as("nothing, not even the statement beside a refused file").isEmpty();
  }

  @Test
  void aDuplicateMergedIntoTheOpenCaseIsShownThereWithItsEvidence_notCopied_VA() {
    String officer = newOfficer("Dana", "Whitfield");
    ViolationReport open = accepted(officer);
    ProcessInstance duplicate = reportNamed("supervisor", withFile(report(officer, "internal-affairs", false),
        "capture.pdf", "application/pdf", PDF));
    List<String> receipt = new ArrayList<>();
    ProcessInstance unrelated = reportAnonymously(report(officer, "internal-affairs", false), receipt);

    triage(duplicate, "ia", "duplicate", Map.of(Vars.DUPLICATE_OF, open.caseNumber()));

    EvidenceLocker.CaseFile file = locker.caseFile(cases.find(open.caseNumber()).orElseThrow());
    assertThat(file.evidence()).isEmpty();
    assertThat(file.merged()).singleElement().satisfies(merged -> {
      assertThat(merged.report().caseNumber()).isEqualTo(caseOf(duplicate).caseNumber());
      assertThat(merged.report().whatWasPosted()).isEqualTo(caseOf(duplicate).whatWasPosted());
      assertThat(merged.evidence()).singleElement().satisfies(item -> {
        assertThat(item.violationReport()).as("the duplicate's own row").isEqualTo(caseOf(duplicate).id());
        assertThat(item.sha256()).isEqualTo(sha256(PDF));
      });
    });
    assertThat(locker.caseFile(caseOf(unrelated)).merged()).isEmpty();

    // Its file is read through the open case, and the download is in the open case's access log.
    CaseEvidence item = file.merged().get(0).evidence().get(0);
    ViolationReport openCase = cases.find(open.caseNumber()).orElseThrow();
    assertThat(locker.download(openCase, item.id(), "chief")).hasValueSatisfying(d -> assertThat(d.content()).isEqualTo(PDF));
    assertThat(accessLog.of(open.caseNumber())).extracting(CaseAccess::userId, CaseAccess::action, CaseAccess::detail)
        .containsExactly(tuple("chief", CaseAccessAction.EVIDENCE_DOWNLOADED,
            "evidence #" + item.id() + " of merged " + caseOf(duplicate).caseNumber()));
    assertThat(locker.download(caseOf(unrelated), item.id(), "chief")).as("not through another case").isEmpty();
  }

  // --- helpers ---------------------------------------------------------------------------------

  private ViolationReport accepted(String officer) {
    ProcessInstance instance = reportNamed("employee2", report(officer, "internal-affairs", false));
    triage(instance, "ia", "accept", Map.of());
    return caseOf(instance);
  }

  private CaseEvidence single(ViolationReport report) {
    List<CaseEvidence> items = locker.caseFile(report).evidence();
    assertThat(items).hasSize(1);
    return items.get(0);
  }

  private static Map<String, Object> withFile(Map<String, Object> report, String name, String type, byte[] content) {
    report.put(Vars.EVIDENCE, SampleFiles.file(name, type, content));
    return report;
  }

  private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable add, String message) {
    assertThatThrownBy(add).isExactlyInstanceOf(InvalidInputException.class).hasMessageContaining(message);
  }

  /** Computed here, not with the application's helper, so that the test checks it. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
