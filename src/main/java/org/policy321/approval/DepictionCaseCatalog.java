package org.policy321.approval;

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
import org.springframework.transaction.annotation.Transactional;

/**
 * A depiction approval as a case (§III.E–R): the request {@code DR-<id>}, and from its approval on also
 * {@code DA-<year>-<n>}, under which its periodic reviews and removals run (their business key). Read by the
 * requester, the Chief and the designees, who decide such requests, and by auditors.
 */
@Component
class DepictionCaseCatalog implements CaseCatalog {

  private static final String REQUEST_PREFIX = "DR-";
  private static final String APPROVAL_PREFIX = "DA-";

  private final DepictionRequestRepository requests;
  private final ApprovalRepository approvals;
  private final Roster roster;
  private final NamedParameterJdbcTemplate jdbc;

  DepictionCaseCatalog(DepictionRequestRepository requests, ApprovalRepository approvals, Roster roster,
      NamedParameterJdbcTemplate jdbc) {
    this.requests = requests;
    this.approvals = approvals;
    this.roster = roster;
    this.jdbc = jdbc;
  }

  @Override
  public CaseKind kind() {
    return CaseKind.DEPICTION_APPROVAL;
  }

  @Override
  public Set<String> processKeys() {
    // The removal feature's processes run under the approval's number: their history is the approval's record.
    // Named here, not imported: the removal feature depends on this one, not the other way round.
    return Set.of(DepictionApproval.PROCESS_KEY, "approval-review", "removal-on-direction");
  }

  @Override
  public Optional<CaseRecord> find(String caseNumber) {
    if (caseNumber.startsWith(REQUEST_PREFIX)) {
      return requestId(caseNumber.substring(REQUEST_PREFIX.length())).flatMap(requests::findById).map(this::record);
    }
    if (caseNumber.startsWith(APPROVAL_PREFIX)) {
      return approvals.findByApprovalNumber(caseNumber).flatMap(a -> requests.findById(a.requestId())).map(this::record);
    }
    return Optional.empty();
  }

  @Override
  public Optional<CaseRecord> ofProcessInstance(String processInstanceId) {
    return requests.findByProcessInstanceId(processInstanceId).map(this::record);
  }

  @Override
  public List<CaseRecord> openedBetween(OffsetDateTime from, OffsetDateTime to) {
    OpenRange range = OpenRange.of(from, to);
    return requests.findBySubmittedAtBetweenOrderByIdAsc(range.from(), range.to()).stream().map(this::record).toList();
  }

  @Override
  public Optional<String> refusal(String userId, CaseRecord record) {
    if (record.concerns(userId) || roster.belongsTo(userId, Groups.CHIEF, Groups.DESIGNEE)) {
      return Optional.empty();
    }
    return Optional.of("This is another employee's request: you read the history of your own requests only.");
  }

  /**
   * The request, its inquiry rounds and approval, and what the removal feature kept under the approval's number
   * (removals with their confirmations and decisions, reviews, violation intents): one case, removed together.
   */
  @Override
  @Transactional
  public void removeRecords(CaseRecord record) {
    Map<String, Object> keys = Map.of("requestId", requestId(record.number().substring(REQUEST_PREFIX.length())).orElseThrow(),
        "approvalNumbers", record.numbers().size() > 1 ? record.numbers().subList(1, record.numbers().size()) : List.of("-"));
    for (String sql : REMOVE_CASE) {
      jdbc.update(sql, keys);
    }
  }

  private static final List<String> REMOVE_CASE = List.of(
      "DELETE FROM removal_confirmation WHERE removal_case IN (SELECT id FROM removal_case WHERE approval_number IN (:approvalNumbers))",
      "DELETE FROM removal_decision WHERE removal_case IN (SELECT id FROM removal_case WHERE approval_number IN (:approvalNumbers))",
      "DELETE FROM removal_case WHERE approval_number IN (:approvalNumbers)",
      "DELETE FROM approval_review WHERE approval_number IN (:approvalNumbers)",
      "DELETE FROM violation_intent WHERE approval_number IN (:approvalNumbers)",
      "DELETE FROM approval WHERE request_id = :requestId",
      "DELETE FROM inquiry_round WHERE depiction_request = :requestId",
      "DELETE FROM depiction_request WHERE id = :requestId");

  private CaseRecord record(DepictionRequest request) {
    Optional<Approval> approval = approvals.findByRequestId(request.id());
    List<String> numbers = new ArrayList<>(List.of(DepictionDocuments.requestNumber(request)));
    approval.ifPresent(a -> numbers.add(a.approvalNumber()));
    String status = request.status().name() + approval.map(a -> " / " + a.status().name()).orElse("");
    return new CaseRecord(numbers, CaseKind.DEPICTION_APPROVAL, request.platform() + ": " + request.purpose(), status,
        request.submittedAt(), request.closedAt(), List.of(new CaseParty("Requester", request.requesterId())),
        request.processInstanceId(), Set.of(), Set.of());
  }

  private static Optional<Long> requestId(String digits) {
    try {
      return Optional.of(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
