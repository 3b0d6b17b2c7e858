package org.policy321.violation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The case as its readers see it ({@link CaseReaders}), with who reported it (the named reporter's user id; null
 * when anonymous or referred by another process). §V.C: they are the only ones who may know it; no other endpoint
 * names the reporter (not the engine's history, not the access log as auditors read it). With the case's evidence
 * and the reports merged into it (§V.A), each item with its SHA-256 and where to download it.
 */
record CaseSummary(String caseNumber, String status, boolean anonymous, String reporter, String subjectId,
    String subjectDescription,
    String placeAndTime, String clauses, String whatWasPosted, String evidenceUrl, boolean endangers,
    String routedTo, boolean retaliationFlag, String investigatorId, OffsetDateTime investigationDueAt,
    String finding, String discipline, OffsetDateTime receivedAt, OffsetDateTime closedAt,
    List<EvidenceItem> evidence, List<MergedReport> mergedReports) {

  static CaseSummary of(ViolationReport r, EvidenceLocker.CaseFile file) {
    return new CaseSummary(r.caseNumber(), r.status().name(), r.anonymous(), r.reporterId(), r.subjectId(),
        r.subjectDescription(),
        r.placeAndTime(), r.clauses(), r.whatWasPosted(), r.evidenceUrl(), r.endangers(), r.routedTo(),
        r.retaliationFlag(), r.investigatorId(), r.investigationDueAt(),
        r.finding() == null ? null : r.finding().value(), r.discipline() == null ? null : r.discipline().value,
        r.receivedAt(), r.closedAt(), EvidenceItem.of(r.caseNumber(), file.evidence()),
        file.merged().stream().map(m -> MergedReport.of(r.caseNumber(), m)).toList());
  }

  /**
   * One item of evidence. {@code addedBy} names the investigator who added it, and is null for what came with
   * the report ({@code withReport}), which never names its reporter. {@code download} is under the case being
   * read, for a merged report's items too.
   */
  record EvidenceItem(long id, CaseEvidence.Kind kind, String title, String statement, String fileName,
      String mediaType, long size, String sha256, OffsetDateTime addedAt, String addedBy, boolean withReport,
      String download) {

    static EvidenceItem of(String caseNumber, CaseEvidence item) {
      return new EvidenceItem(item.id(), item.kind(), item.title(), item.statement(), item.fileName(),
          item.mediaType(), item.sizeBytes(), item.sha256(), item.addedAt(), item.addedBy(), item.withReport(),
          "/api/violation-cases/" + caseNumber + "/evidence/" + item.id());
    }

    static List<EvidenceItem> of(String caseNumber, List<CaseEvidence> items) {
      return items.stream().map(item -> of(caseNumber, item)).toList();
    }
  }

  /** A duplicate triage merged into this case (§V.A): what it reported, and its evidence; not who reported it. */
  record MergedReport(String caseNumber, String subjectDescription, String placeAndTime, String clauses,
      String whatWasPosted, String evidenceUrl, OffsetDateTime receivedAt, OffsetDateTime mergedAt,
      List<EvidenceItem> evidence) {

    static MergedReport of(String openCase, EvidenceLocker.MergedReport merged) {
      ViolationReport r = merged.report();
      return new MergedReport(r.caseNumber(), r.subjectDescription(), r.placeAndTime(), r.clauses(),
          r.whatWasPosted(), r.evidenceUrl(), r.receivedAt(), r.closedAt(), EvidenceItem.of(openCase, merged.evidence()));
    }
  }
}
