package org.policy321.violation;

import org.policy321.violation.accesslog.CaseAccessLog;
import org.policy321.violation.accesslog.CaseAccessAction;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.policy321.platform.documents.DocumentService;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.platform.forms.Upload;
import org.policy321.platform.forms.UploadCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence of violation cases (§V.A, §V.B): kept from receipt with its SHA-256, added to by whoever
 * investigates while the case is open, and read by the case's readers with every download in the access log.
 * Nothing is ever changed or removed: an item is the record of what the case held and when. A report merged into
 * an open case keeps its items, and the open case shows them.
 */
@Service
public class EvidenceLocker {

  static final String WITH_REPORT = "Evidence sent with the report";
  static final int MAX_TITLE = 200;
  /** A witness statement runs longer than a form field (FormValues.MAX_TEXT); longer ones come as a PDF. */
  static final int MAX_STATEMENT = 20_000;
  private static final int MAX_FILE_NAME = 200;

  private final EvidenceRepository evidence;
  private final ViolationReportRepository reports;
  private final CaseConflicts conflicts;
  private final CaseAccessLog accessLog;
  private final ViolationProperties properties;
  private final Clock clock;

  EvidenceLocker(EvidenceRepository evidence, ViolationReportRepository reports, CaseConflicts conflicts,
      CaseAccessLog accessLog, ViolationProperties properties, Clock clock) {
    this.evidence = evidence;
    this.reports = reports;
    this.conflicts = conflicts;
    this.accessLog = accessLog;
    this.properties = properties;
    this.clock = clock;
  }

  /** A report merged into the case (§V.A: "it will be considered" there), with its own evidence. */
  public record MergedReport(ViolationReport report, List<CaseEvidence> evidence) {}

  /** What the case holds: its own evidence, and the reports merged into it. */
  public record CaseFile(List<CaseEvidence> evidence, List<MergedReport> merged) {}

  /** An item and its content, as stored. */
  record Download(CaseEvidence item, byte[] content) {}

  /**
   * At receipt (§V.A), in the report's own transaction: the evidence file as it came, already checked by
   * content, kept as of the report's receipt. Nobody is named as having added it (§V.C; an anonymous sender's
   * file has lost its name already).
   */
  void receive(ViolationReport report, Upload file) {
    if (file != null) {
      store(report, WITH_REPORT, file, UploadCheck.check("The evidence file", file, properties.maxEvidenceBytes()), null,
          report.receivedAt());
    }
  }

  /**
   * Whoever may investigate the case adds a file, a written statement, or both (two items) while it is open.
   * Each item is hashed and its addition is in the access log.
   *
   * @throws CaseRefusal for someone who may not investigate the case, or a case no longer open
   * @throws InvalidInputException for a missing title, neither file nor statement, or a file refused by its content
   *     or size
   */
  @Transactional
  public List<CaseEvidence> add(ViolationReport report, String actor, String title, String statement, Upload file) {
    try {
      conflicts.requireMayAct(actor, CaseConflicts.Step.INVESTIGATION, report);
    } catch (InvalidInputException refused) {
      throw CaseRefusal.notPermitted("Evidence is added by whoever investigates the case. " + refused.getMessage());
    }
    if (!report.status().isOpen()) {
      throw new CaseRefusal(CaseRefusal.Reason.CASE_CLOSED, "Case " + report.caseNumber() + (report.mergedInto() != null
          ? " was merged into " + report.mergedInto() + "; add evidence there." : " is closed (" + report.status().description
          + "); evidence is added only while a case is open.") + " Nothing was added.");
    }
    String heading = FormValues.optional(title, "The title", MAX_TITLE);
    if (heading == null) {
      throw new InvalidInputException("The title is required: say what the evidence is. Nothing was added.");
    }
    String text = FormValues.optional(statement, "The statement", MAX_STATEMENT);
    if (text == null && file == null) {
      throw new InvalidInputException("Add a file, a written statement, or both. Nothing was added.");
    }
    UploadCheck.Kind kind = file == null ? null : UploadCheck.check("The file", file, properties.maxEvidenceBytes());
    List<CaseEvidence> added = new ArrayList<>();
    OffsetDateTime at = now();
    if (text != null) {
      byte[] content = text.getBytes(UTF_8);
      added.add(evidence.insert(new CaseEvidence(0, report.id(), CaseEvidence.Kind.STATEMENT, heading, text, null,
          CaseEvidence.STATEMENT_MEDIA_TYPE, DocumentService.sha256Hex(content), content.length, actor, at), null,
          report.caseNumber()));
    }
    if (file != null) {
      added.add(store(report, heading, file, kind, actor, at));
    }
    added.forEach(item -> accessLog.record(actor, report, CaseAccessAction.EVIDENCE_ADDED, item.label()));
    return added;
  }

  /** The case's evidence and the reports merged into it with theirs, each oldest first. */
  public CaseFile caseFile(ViolationReport report) {
    List<ViolationReport> merged = reports.findByMergedIntoOrderByReceivedAtAscIdAsc(report.caseNumber());
    Map<Long, List<CaseEvidence>> byReport = evidence.ofReports(Stream.concat(Stream.of(report), merged.stream())
        .map(ViolationReport::id).toList()).stream().collect(Collectors.groupingBy(CaseEvidence::violationReport));
    return new CaseFile(byReport.getOrDefault(report.id(), List.of()), merged.stream()
        .map(m -> new MergedReport(m, byReport.getOrDefault(m.id(), List.of()))).toList());
  }

  /**
   * An item of the case, or of a report merged into it, for a reader of the case (CaseReaders); the download
   * is in the case's access log. Empty when the case holds no such item.
   */
  Optional<Download> download(ViolationReport opened, long id, String reader) {
    Optional<CaseEvidence> found = evidence.find(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    CaseEvidence item = found.get();
    String of = "";
    if (item.violationReport() != opened.id()) {
      Optional<ViolationReport> merged = reports.findById(item.violationReport())
          .filter(r -> opened.caseNumber().equals(r.mergedInto()));
      if (merged.isEmpty()) {
        return Optional.empty();
      }
      of = " of merged " + merged.get().caseNumber();
    }
    accessLog.record(reader, opened, CaseAccessAction.EVIDENCE_DOWNLOADED, item.label() + of);
    return Optional.of(new Download(item, evidence.content(item)));
  }

  private CaseEvidence store(ViolationReport report, String title, Upload file, UploadCheck.Kind kind, String addedBy,
      OffsetDateTime at) {
    byte[] content = file.content();
    return evidence.insert(new CaseEvidence(0, report.id(), CaseEvidence.Kind.EVIDENCE, title, null,
        fileName(file.fileName(), kind), kind.mimeType, DocumentService.sha256Hex(content), content.length, addedBy, at),
        content, report.caseNumber());
  }

  /**
   * The sender's file name, for people to recognise the file: without a path (some browsers send one) or control
   * characters, else {@code evidence.<ext>}. Shown as text and sent as a quoted, encoded download name, so other
   * characters do no harm.
   */
  static String fileName(String given, UploadCheck.Kind kind) {
    String name = given == null ? "" : given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1)
        .replaceAll("\\p{Cntrl}", "").strip();
    return name.isEmpty() || name.length() > MAX_FILE_NAME ? kind.fileName("evidence") : name;
  }

  /** Microseconds: what PostgreSQL and H2 keep, so a re-read item equals the one stored. */
  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
