package org.policy321.approval;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The memorandum of §III.E and what became of it under §III.R. State changes go through the
 * methods below, which {@link DepictionRequestService} calls after checking the input.
 */
@Table("depiction_request")
public class DepictionRequest {

  @Id Long id;
  String processInstanceId;
  String requesterId;
  String proposedUsage;
  String purpose;
  String depictions;
  String platform;
  String url;
  /** Free text of requests from before V10_1; new requests leave it empty and give the two fields below. */
  String postingPeriod;
  /** The last day the posting is up (§III.R); null when open-ended (or an older request). */
  LocalDate postingUntil;
  Boolean postingOpenEnded;
  RequestStatus status;
  String decision;
  String notation;
  String disapprovalReason;
  String decidedBy;
  OffsetDateTime decidedAt;
  String withdrawalReason;
  OffsetDateTime submittedAt;
  OffsetDateTime closedAt;

  @MappedCollection(idColumn = "depiction_request")
  Set<InquiryRound> rounds = new HashSet<>();

  DepictionRequest() {}

  DepictionRequest(String processInstanceId, String requesterId, Submission submission, OffsetDateTime now) {
    this.processInstanceId = processInstanceId;
    this.requesterId = requesterId;
    this.proposedUsage = submission.proposedUsage();
    this.purpose = submission.purpose();
    this.depictions = String.join(", ", submission.depictions().stream().map(Depiction::label).toList());
    this.platform = submission.platform();
    this.url = submission.url();
    this.postingUntil = submission.postingUntil();
    this.postingOpenEnded = submission.postingUntil() == null;
    this.status = RequestStatus.UNDER_REVIEW;
    this.submittedAt = now;
  }

  void ask(String question, String askedBy, OffsetDateTime now) {
    rounds.add(new InquiryRound(rounds.size() + 1, question, askedBy, now));
  }

  void answer(String answer, boolean layoutReplaced, OffsetDateTime now) {
    InquiryRound open = openRound();
    open.answer = answer;
    open.layoutReplaced = layoutReplaced;
    open.answeredAt = now;
  }

  void decide(String decision, String notation, String reason, String decidedBy, OffsetDateTime now) {
    this.decision = decision;
    this.notation = notation;
    this.disapprovalReason = reason;
    this.decidedBy = decidedBy;
    this.decidedAt = now;
    this.status = DepictionApproval.Decisions.APPROVE.equals(decision) ? RequestStatus.APPROVED : RequestStatus.DISAPPROVED;
    this.closedAt = now;
  }

  void close(RequestStatus status, String reason, OffsetDateTime now) {
    this.status = status;
    this.withdrawalReason = reason;
    this.closedAt = now;
  }

  InquiryRound openRound() {
    return rounds().stream().filter(InquiryRound::isOpen).findFirst()
        .orElseThrow(() -> new IllegalStateException("Request " + id + " has no open inquiry"));
  }

  /** The inquiry rounds in the order they were asked. */
  public List<InquiryRound> rounds() {
    return rounds.stream().sorted(Comparator.comparingInt(InquiryRound::roundNo)).toList();
  }

  public Long id() { return id; }
  public String processInstanceId() { return processInstanceId; }
  public String requesterId() { return requesterId; }
  public String proposedUsage() { return proposedUsage; }
  public String purpose() { return purpose; }
  public String depictions() { return depictions; }
  public String platform() { return platform; }
  public String url() { return url; }
  public String postingPeriod() { return postingPeriod; }
  public LocalDate postingUntil() { return postingUntil; }
  public Boolean postingOpenEnded() { return postingOpenEnded; }
  public RequestStatus status() { return status; }
  public String decision() { return decision; }
  public String notation() { return notation; }
  public String disapprovalReason() { return disapprovalReason; }
  public String decidedBy() { return decidedBy; }
  public OffsetDateTime decidedAt() { return decidedAt; }
  public String withdrawalReason() { return withdrawalReason; }
  public OffsetDateTime submittedAt() { return submittedAt; }
  public OffsetDateTime closedAt() { return closedAt; }
}
