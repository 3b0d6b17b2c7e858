package org.policy321.training;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policy321.platform.cases.CaseCatalog;
import org.policy321.platform.cases.CaseKind;
import org.policy321.platform.cases.CaseRecord;
import org.policy321.platform.cases.CaseRecord.CaseParty;
import org.policy321.platform.cases.OpenRange;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Trainings ({@code TR-<id>}) and annual reviews ({@code PR-<id>}) as records (§VI.A), kept as long as
 * {@code policy.retention.history-time-to-live.training-record} says. A training is read by the employee, HR and
 * their supervisor; a review by the Chief and HR; auditors read both.
 */
@Component
class TrainingCaseCatalog implements CaseCatalog {

  private final TrainingService trainings;
  private final PolicyReviews reviews;
  private final Roster roster;
  private final NamedParameterJdbcTemplate jdbc;

  TrainingCaseCatalog(TrainingService trainings, PolicyReviews reviews, Roster roster, NamedParameterJdbcTemplate jdbc) {
    this.trainings = trainings;
    this.reviews = reviews;
    this.roster = roster;
    this.jdbc = jdbc;
  }

  @Override
  public CaseKind kind() {
    return CaseKind.TRAINING_RECORD;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(SocialMediaTraining.PROCESS_KEY, PolicyAnnualReview.PROCESS_KEY);
  }

  @Override
  public Optional<CaseRecord> find(String caseNumber) {
    if (caseNumber.startsWith(SocialMediaTraining.NUMBER_PREFIX)) {
      return id(caseNumber.substring(SocialMediaTraining.NUMBER_PREFIX.length())).flatMap(trainings::find)
          .map(TrainingCaseCatalog::record);
    }
    if (caseNumber.startsWith(PolicyAnnualReview.NUMBER_PREFIX)) {
      return id(caseNumber.substring(PolicyAnnualReview.NUMBER_PREFIX.length()))
          .flatMap(id -> reviews.all().stream().filter(r -> r.id() == id).findFirst()).map(TrainingCaseCatalog::record);
    }
    return Optional.empty();
  }

  @Override
  public Optional<CaseRecord> ofProcessInstance(String processInstanceId) {
    Optional<CaseRecord> training = trainings.ofProcessInstance(processInstanceId).map(TrainingCaseCatalog::record);
    return training.isPresent() ? training
        : reviews.ofProcessInstance(processInstanceId).map(TrainingCaseCatalog::record);
  }

  @Override
  public List<CaseRecord> openedBetween(OffsetDateTime from, OffsetDateTime to) {
    OpenRange range = OpenRange.of(from, to);
    List<CaseRecord> records = new ArrayList<>();
    trainings.startedBetween(range.from(), range.to()).stream().map(TrainingCaseCatalog::record).forEach(records::add);
    reviews.all().stream().filter(r -> !r.openedAt().isBefore(range.from()) && !r.openedAt().isAfter(range.to()))
        .map(TrainingCaseCatalog::record).forEach(records::add);
    return records;
  }

  @Override
  public Optional<String> refusal(String userId, CaseRecord record) {
    boolean training = record.number().startsWith(SocialMediaTraining.NUMBER_PREFIX);
    if (roster.belongsTo(userId, Groups.HR) || (!training && roster.belongsTo(userId, Groups.CHIEF))) {
      return Optional.empty();
    }
    if (training && (record.concerns(userId) || record.parties().stream()
        .anyMatch(party -> roster.supervisorOf(party.userId()).map(userId::equals).orElse(false)))) {
      return Optional.empty();
    }
    return Optional.of(training ? "This is another employee's training: you read your own and your people's only."
        : "The annual review is read by the Chief of Police, Human Resources and auditors.");
  }

  @Override
  public void removeRecords(CaseRecord record) {
    long id = id(record.number().substring(record.number().indexOf('-') + 1)).orElseThrow();
    if (record.number().startsWith(SocialMediaTraining.NUMBER_PREFIX)) {
      jdbc.update("DELETE FROM training_record WHERE id = :id", Map.of("id", id));
    } else {
      jdbc.update("DELETE FROM policy_review WHERE id = :id", Map.of("id", id));
    }
  }

  private static CaseRecord record(TrainingRecord training) {
    OffsetDateTime closed = training.completedAt() != null ? training.completedAt() : training.withdrawnAt();
    String status = training.completedAt() != null ? "COMPLETED" : training.withdrawnAt() != null ? "WITHDRAWN" : "OPEN";
    return new CaseRecord(List.of(training.number()), CaseKind.TRAINING_RECORD, training.kind().title
        + (training.caseNumber() == null ? "" : " (case " + training.caseNumber() + ")"), status, training.startedAt(),
        closed, List.of(new CaseParty("Employee", training.userId())), training.processInstanceId(), Set.of(), Set.of());
  }

  private static CaseRecord record(PolicyReviews.Review review) {
    return new CaseRecord(List.of(review.number()), CaseKind.TRAINING_RECORD, "Annual review of Policy 3.21, "
        + review.year(), review.outcome() == null ? "OPEN" : review.outcome().toUpperCase(), review.openedAt(),
        review.decidedAt(), List.of(), review.processInstanceId(), Set.of(), Set.of());
  }

  private static Optional<Long> id(String digits) {
    try {
      return Optional.of(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
