package org.policy321.violation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A violation report and the case it becomes (§V): from receipt through triage, investigation and
 * finding to discipline. An anonymous report has no reporter; its receipt code is kept only as a
 * public handle and a slow hash of the secret part.
 */
@Table("violation_report")
public class ViolationReport {

  @Id Long id;
  String caseNumber;
  String processInstanceId;
  String reporterId;
  boolean anonymous;
  String referredBy;
  String receiptHandle;
  String receiptHash;
  String subjectId;
  String subjectDescription;
  String placeAndTime;
  String clauses;
  String whatWasPosted;
  String evidenceUrl;
  String evidenceFile;
  boolean endangers;
  /** §V.B: when the Chief's immediate action falls due (set when the report is known to endanger). */
  OffsetDateTime immediateActionDueAt;
  ImmediateAction immediateAction;
  String immediateActionNote;
  String immediateActionBy;
  OffsetDateTime immediateActionAt;
  /** The employee concerned who must take the posting down, and by when (the latest deadline). */
  String takeDownBy;
  OffsetDateTime takeDownDueAt;
  String routedTo;
  boolean retaliationFlag;
  /** The employee concerned reported it themselves (Purpose 4: inadvertent postings). */
  boolean selfReported;
  /** Why the policy applies to the posting (Scope, Purpose 9); set when triage accepts it. */
  PolicyScope policyScope;
  CaseStatus status;
  String mergedInto;
  String closingReason;
  String investigatorId;
  OffsetDateTime investigationDueAt;
  /**
   * Due process (§V.B): set when the report is accepted about a known employee (or the Chief names them later), who
   * may give a written statement until then; no finding before the statement or this moment.
   */
  OffsetDateTime statementDueAt;
  OffsetDateTime allegationNoticedAt;
  StatementOutcome statementOutcome;
  String statementText;
  OffsetDateTime statementAt;
  Finding finding;
  String violationNature;
  String severity;
  String recommendation;
  Discipline discipline;
  String disciplineReason;
  String decidedBy;
  /** The measure the last notice of intent announced (§V.B): the final discipline is never harsher. */
  Discipline noticedDiscipline;
  LocalDate effectiveDate;
  Boolean noticeAcknowledged;
  OffsetDateTime noticeAnsweredAt;
  OffsetDateTime receivedAt;
  OffsetDateTime foundAt;
  OffsetDateTime closedAt;

  @MappedCollection(idColumn = "violation_report")
  Set<ReportCorrespondence> correspondence = new HashSet<>();

  @MappedCollection(idColumn = "violation_report")
  Set<TakeDownStep> takeDownSteps = new HashSet<>();

  ViolationReport() {}

  public Long id() { return id; }
  public String caseNumber() { return caseNumber; }
  public String processInstanceId() { return processInstanceId; }
  public String reporterId() { return reporterId; }
  public boolean anonymous() { return anonymous; }
  /** The slow hash of an anonymous report's receipt code (never the code). */
  public String receiptHash() { return receiptHash; }
  public String referredBy() { return referredBy; }
  public String subjectId() { return subjectId; }
  public String subjectDescription() { return subjectDescription; }
  public String placeAndTime() { return placeAndTime; }
  public String clauses() { return clauses; }
  public String whatWasPosted() { return whatWasPosted; }
  public String evidenceUrl() { return evidenceUrl; }
  public String evidenceFile() { return evidenceFile; }
  public boolean endangers() { return endangers; }
  public OffsetDateTime immediateActionDueAt() { return immediateActionDueAt; }
  public ImmediateAction immediateAction() { return immediateAction; }
  public String immediateActionNote() { return immediateActionNote; }
  public String immediateActionBy() { return immediateActionBy; }
  public OffsetDateTime immediateActionAt() { return immediateActionAt; }
  public String takeDownBy() { return takeDownBy; }
  public OffsetDateTime takeDownDueAt() { return takeDownDueAt; }
  public String routedTo() { return routedTo; }
  public boolean retaliationFlag() { return retaliationFlag; }
  public boolean selfReported() { return selfReported; }
  public PolicyScope policyScope() { return policyScope; }
  public CaseStatus status() { return status; }
  public String mergedInto() { return mergedInto; }
  public String closingReason() { return closingReason; }
  public String investigatorId() { return investigatorId; }
  public OffsetDateTime investigationDueAt() { return investigationDueAt; }
  public OffsetDateTime statementDueAt() { return statementDueAt; }
  public OffsetDateTime allegationNoticedAt() { return allegationNoticedAt; }
  public StatementOutcome statementOutcome() { return statementOutcome; }
  public String statementText() { return statementText; }
  public OffsetDateTime statementAt() { return statementAt; }
  public Finding finding() { return finding; }
  public String violationNature() { return violationNature; }
  public String severity() { return severity; }
  public String recommendation() { return recommendation; }
  public Discipline discipline() { return discipline; }
  public String disciplineReason() { return disciplineReason; }
  public Discipline noticedDiscipline() { return noticedDiscipline; }
  public LocalDate effectiveDate() { return effectiveDate; }
  public Boolean noticeAcknowledged() { return noticeAcknowledged; }
  public OffsetDateTime receivedAt() { return receivedAt; }
  public OffsetDateTime foundAt() { return foundAt; }
  public OffsetDateTime closedAt() { return closedAt; }

  /** Oldest first. */
  public List<ReportCorrespondence> correspondence() {
    return correspondence.stream().sorted(Comparator.comparing(ReportCorrespondence::writtenAt)
        .thenComparing(c -> c.id() == null ? Long.MAX_VALUE : c.id())).toList();
  }

  /** Oldest first. */
  public List<TakeDownStep> takeDownSteps() {
    return takeDownSteps.stream().sorted(Comparator.comparing(TakeDownStep::recordedAt)
        .thenComparing(s -> s.id() == null ? Long.MAX_VALUE : s.id())).toList();
  }

  /**
   * §V.B: the report endangers safety or an investigation and no immediate action is on record yet; such a
   * report may not be closed by triage.
   */
  public boolean awaitsImmediateAction() {
    return endangers && immediateActionAt == null;
  }

  /** The report is known to endanger safety or an investigation: the Chief's action is due by {@code dueAt}. */
  void askImmediateAction(OffsetDateTime dueAt) {
    endangers = true;
    immediateActionDueAt = dueAt;
  }

  void recordImmediateAction(ImmediateAction action, String note, String by, OffsetDateTime now) {
    immediateAction = action;
    immediateActionNote = note;
    immediateActionBy = by;
    immediateActionAt = now;
  }

  /** The take-down is directed (again) to {@code employee}, due by {@code dueAt}. */
  void directTakeDown(String employee, String directedBy, String note, OffsetDateTime dueAt, OffsetDateTime now) {
    takeDownBy = employee;
    takeDownDueAt = dueAt;
    takeDownSteps.add(TakeDownStep.of(TakeDownStep.Kind.DIRECTED, directedBy, note, dueAt, now));
  }

  void noteTakeDown(TakeDownStep.Kind kind, String actor, String note, OffsetDateTime now) {
    takeDownSteps.add(TakeDownStep.of(kind, actor, note, takeDownDueAt, now));
  }

  /** Who sent the report: a named reporter, an anonymous sender's receipt (handle and hash), or a referring process. */
  record Sender(String reporterId, String receiptHandle, String receiptHash, String referredBy) {}

  /** A report as it is received (§V.A): numbered, from its sender, about whom, routed to whom. */
  static ViolationReport received(String caseNumber, String processInstanceId, Sender sender,
      ReportContent.Checked content, String subjectId, boolean selfReported, String routedTo, boolean retaliationFlag,
      OffsetDateTime now) {
    ViolationReport report = new ViolationReport();
    report.caseNumber = caseNumber;
    report.processInstanceId = processInstanceId;
    report.reporterId = sender.reporterId();
    report.anonymous = sender.receiptHandle() != null;
    report.receiptHandle = sender.receiptHandle();
    report.receiptHash = sender.receiptHash();
    report.referredBy = sender.referredBy();
    report.subjectDescription = content.subject();
    report.subjectId = subjectId;
    report.selfReported = selfReported;
    report.placeAndTime = content.placeAndTime();
    report.clauses = PolicyClause.codes(content.clauses());
    report.whatWasPosted = content.whatWasPosted();
    report.evidenceUrl = content.evidenceUrl();
    report.evidenceFile = content.evidence() == null ? null : content.evidence().fileName();
    report.routedTo = routedTo;
    report.retaliationFlag = retaliationFlag;
    report.status = CaseStatus.RECEIVED;
    report.receivedAt = now;
    return report;
  }

  // State changes of the case, stage by stage (the services check who acts and what they gave; the record keeps
  // its fields consistent).

  /** A supervisor hands the triage to Internal Affairs (§V.A). */
  void handToInternalAffairs() {
    routedTo = ViolationReporting.Routes.INTERNAL_AFFAIRS;
  }

  /** The same matter as the open case {@code openCase}: merged into it, closed here. */
  void mergeInto(String openCase, String reason, OffsetDateTime now) {
    mergedInto = openCase;
    close(CaseStatus.MERGED, reason, now);
  }

  /** The employee concerned, named after receipt (at triage, or by the Chief directing a take-down). */
  void identifySubject(String employee) {
    subjectId = employee;
  }

  /** Triage accepts the report for investigation, due by {@code investigationDue}, because the policy applies. */
  void accept(PolicyScope applies, OffsetDateTime investigationDue) {
    policyScope = applies;
    status = CaseStatus.UNDER_INVESTIGATION;
    investigationDueAt = investigationDue;
  }

  void assignInvestigator(String investigator) {
    investigatorId = investigator;
  }

  void extendInvestigation(OffsetDateTime newDue) {
    investigationDueAt = newDue;
  }

  /**
   * §V.B due process: an accepted case about a known employee, not yet found and not yet noticed, gives them until
   * {@code dueAt} to answer the allegation in writing; any other case is left as it is.
   */
  void openStatement(OffsetDateTime dueAt) {
    if (status == CaseStatus.UNDER_INVESTIGATION && finding == null && subjectId != null && statementDueAt == null) {
      statementDueAt = dueAt;
    }
  }

  void allegationNoticed(OffsetDateTime now) {
    allegationNoticedAt = now;
  }

  /** The employee's answer to the allegation: a statement, none by choice, or none in time. */
  void answerAllegation(StatementOutcome outcome, String text, OffsetDateTime now) {
    statementOutcome = outcome;
    statementText = text;
    statementAt = now;
  }

  /** A sustained finding names what the discipline table reads; the case waits for the Chief's decision. */
  void sustain(String violatedClauses, String nature, String severityFound) {
    clauses = violatedClauses;
    violationNature = nature;
    severity = severityFound;
    status = CaseStatus.DISCIPLINE_PENDING;
  }

  void find(Finding found, OffsetDateTime now) {
    finding = found;
    foundAt = now;
  }

  /** The Chief's decision on discipline, first or final (§V.B). */
  void decideDiscipline(String recommended, Discipline measure, String reason, String decider, LocalDate effective) {
    recommendation = recommended;
    discipline = measure;
    disciplineReason = reason;
    decidedBy = decider;
    effectiveDate = effective;
  }

  /** A notice of intent announced the decided measure: the final decision may not exceed it. */
  void noticeIntent() {
    noticedDiscipline = discipline;
  }

  /** The discipline or finding notice acknowledged, refused, or (false) left unanswered past its deadline. */
  void answerNotice(boolean acknowledged, OffsetDateTime now) {
    noticeAcknowledged = acknowledged;
    noticeAnsweredAt = now;
  }

  void write(CorrespondenceKind kind, String text, OffsetDateTime now) {
    correspondence.add(ReportCorrespondence.of(kind, text, now));
  }

  /** The employee concerned may still give a statement: it is due later than now and nothing is recorded (§V.B). */
  boolean statementPending(OffsetDateTime now) {
    return statementDueAt != null && statementOutcome == null && now.isBefore(statementDueAt);
  }

  void close(CaseStatus closedAs, String reason, OffsetDateTime now) {
    status = closedAs;
    closingReason = reason;
    closedAt = now;
  }
}
