package org.policy321.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training of §VI.A step by step, on the record {@code TR-<id>}: who is trained and why, the material read, the
 * check of understanding (failed ones counted), the attestation naming the date and the revision, HR's confirmation,
 * the reminders of an overdue one. Every step checks who takes it: only the employee works their training, only
 * another member of HR confirms it. No engine in here.
 */
@Service
public class TrainingService {

  private final TrainingRecords records;
  private final PolicyRevisions revisions;
  private final UnderstandingCheck check;
  private final TrainingDeadlines deadlines;
  private final Roster roster;
  private final Clock clock;

  TrainingService(TrainingRecords records, PolicyRevisions revisions, UnderstandingCheck check,
      TrainingDeadlines deadlines, Roster roster, Clock clock) {
    this.records = records;
    this.revisions = revisions;
    this.check = check;
    this.deadlines = deadlines;
    this.roster = roster;
    this.clock = clock;
  }

  /**
   * Opens the record of a training that starts now, due {@code policy.training.deadline} later, for the current
   * revision. Refused for someone who is not an employee on the roster, or who has the same training open already.
   */
  @Transactional
  public TrainingRecord register(String employeeId, TrainingKind kind, String caseNumber, String assignedBy,
      String processInstanceId) {
    String userId = FormValues.required(employeeId, "The employee to train", 64);
    if (!roster.belongsTo(userId, Groups.EMPLOYEE)) {
      throw new InvalidInputException("\"" + userId + "\" is not an employee of the department; training is for "
          + "employees (Policy 3.21 §VI.A).");
    }
    PolicyRevision revision = revisions.current();
    Optional<TrainingRecord> open = records.of(userId).stream().filter(TrainingRecord::open)
        .filter(r -> kind == TrainingKind.REVISION ? r.kind() == TrainingKind.REVISION && r.revisionId() == revision.id()
            : r.kind() == kind && kind == TrainingKind.NEW_HIRE)
        .findFirst();
    if (open.isPresent()) {
      throw new InvalidInputException(roster.nameOf(userId) + " already has " + open.get().kind().title.toLowerCase()
          + " open (" + open.get().number() + ", due " + open.get().dueAt().toLocalDate() + ").");
    }
    long id = records.insert(userId, kind, caseNumber, assignedBy, revision.id(), processInstanceId, now(),
        deadlines.dueFromNow().truncatedTo(ChronoUnit.MICROS));
    return records.get(id);
  }

  public TrainingRecord get(long id) {
    return records.get(id);
  }

  public Optional<TrainingRecord> find(long id) {
    return records.find(id);
  }

  public List<TrainingRecord> of(String userId) {
    return records.of(userId);
  }

  public List<TrainingRecord> all() {
    return records.all();
  }

  public Optional<TrainingRecord> ofProcessInstance(String processInstanceId) {
    return records.ofProcessInstance(processInstanceId);
  }

  public List<TrainingRecord> startedBetween(OffsetDateTime from, OffsetDateTime to) {
    return records.startedBetween(from, to);
  }

  /** Task_StudyMaterial: the employee says they read the material (§VI.A); a read counts each time. */
  @Transactional
  public void materialRead(long id, String actor, Boolean read) {
    TrainingRecord record = ownOpen(id, actor);
    if (!Boolean.TRUE.equals(read)) {
      throw new InvalidInputException("Tick \"I have read the training material\" once you have read it; the check "
          + "of understanding follows.");
    }
    records.update(id, "material_reads = :reads", Map.of("reads", record.materialReads() + 1));
  }

  /** Task_CheckUnderstanding: right answers pass; wrong ones send the employee back to the material. */
  @Transactional
  public UnderstandingCheck.Result answerCheck(long id, String actor, String answers) {
    TrainingRecord record = ownOpen(id, actor);
    UnderstandingCheck.Result result = check.check(answers);
    if (result.passed()) {
      records.update(id, "check_passed_at = :at", Map.of("at", now()));
    } else {
      records.update(id, "failed_checks = :failed", Map.of("failed", record.failedChecks() + 1));
    }
    return result;
  }

  /**
   * Task_AcknowledgeRevision: the employee types the date of the revision they acknowledge and ticks the attestation,
   * deliberately, never as a one-click accept; the attestation names them, the day and the revision.
   */
  @Transactional
  public String acknowledge(long id, String actor, String typedRevision, Boolean attested) {
    TrainingRecord record = ownOpen(id, actor);
    PolicyRevision revision = revisions.get(record.revisionId());
    String typed = FormValues.required(typedRevision, "The revision date you acknowledge", 40);
    if (!typed.equals(revision.revisionDate().toString())) {
      throw new InvalidInputException("Type the date of the revision you acknowledge exactly as shown: "
          + revision.revisionDate() + " (you typed \"" + typed + "\").");
    }
    if (!Boolean.TRUE.equals(attested)) {
      throw new InvalidInputException("Tick the attestation to acknowledge " + revision.title() + ".");
    }
    String attestation = "I, " + roster.nameOf(actor) + ", acknowledge on " + LocalDate.now(clock) + " that I have read "
        + revision.title() + " and will comply with it.";
    OffsetDateTime now = now();
    records.update(id, "acknowledged_at = :at, attestation = :text"
        + (record.kind().withMaterial() ? "" : ", completed_at = :at"), Map.of("at", now, "text", attestation));
    return attestation;
  }

  /** Task_ConfirmTraining: a member of HR other than the employee confirms the training complete (§VI.A). */
  @Transactional
  public void confirm(long id, String actor, Boolean confirmed, String note) {
    TrainingRecord record = open(id);
    if (!roster.belongsTo(actor, Groups.HR)) {
      throw new InvalidInputException("Only Human Resources confirms a training.");
    }
    if (actor.equals(record.userId())) {
      throw new InvalidInputException("This is your own training: another member of Human Resources confirms it.");
    }
    if (!Boolean.TRUE.equals(confirmed)) {
      throw new InvalidInputException("Tick the confirmation that " + roster.nameOf(record.userId()) + " completed the "
          + "training.");
    }
    FormValues.optional(note, "The note", FormValues.MAX_TEXT);
    OffsetDateTime now = now();
    records.update(id, "confirmed_by = :by, confirmed_at = :at, completed_at = :at", Map.of("by", actor, "at", now));
  }

  /** The follow-up of an overdue training reached the supervisor ({@code supervisor}) or HR. */
  @Transactional
  public void reminded(long id, boolean supervisor) {
    records.update(id, (supervisor ? "supervisor_reminded_at" : "hr_reminded_at") + " = :at", Map.of("at", now()));
  }

  /** Who follows up an overdue training: the employee's supervisor on the roster (empty: none, HR does). */
  public Optional<String> supervisorOf(long id) {
    return roster.supervisorOf(records.get(id).userId());
  }

  /** The follow-up note of the supervisor or HR (required: what they did about it). */
  public String followUpNote(String note) {
    return FormValues.required(note, "What you did about the overdue training");
  }

  /** The employee left, or the training was otherwise ended before completion: kept, marked withdrawn. */
  @Transactional
  public void withdraw(long id, String reason) {
    records.update(id, "withdrawn_at = :at, withdrawn_reason = :reason", Map.of("at", now(), "reason", reason));
  }

  /** The variables a training's process reads, for the record just registered. */
  public Map<String, Object> variables(TrainingRecord record) {
    PolicyRevision revision = revisions.get(record.revisionId());
    Map<String, Object> variables = new HashMap<>();
    variables.put(SocialMediaTraining.Vars.TRAINING_ID, record.id());
    variables.put(SocialMediaTraining.Vars.TRAINING_NUMBER, record.number());
    variables.put(SocialMediaTraining.Vars.EMPLOYEE_ID, record.userId());
    variables.put(SocialMediaTraining.Vars.EMPLOYEE_NAME, roster.nameOf(record.userId()));
    variables.put(SocialMediaTraining.Vars.KIND, record.kind().value);
    variables.put(SocialMediaTraining.Vars.REVISION, revision.revisionDate().toString());
    variables.put(SocialMediaTraining.Vars.REVISION_SUMMARY, revision.summary());
    variables.put(SocialMediaTraining.Vars.DUE_AT, java.util.Date.from(record.dueAt().toInstant()));
    return variables;
  }

  private TrainingRecord ownOpen(long id, String actor) {
    TrainingRecord record = open(id);
    if (!record.userId().equals(actor)) {
      throw new InvalidInputException("This is " + roster.nameOf(record.userId()) + "'s training: only they work it.");
    }
    return record;
  }

  private TrainingRecord open(long id) {
    TrainingRecord record = records.get(id);
    if (!record.open()) {
      throw new InvalidInputException("Training " + record.number() + " is no longer open; nothing was changed.");
    }
    return record;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
