package org.policy321.violation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/** Where other processes record violations they found; each becomes a §V case. */
@Service
public class ViolationIntents {

  private final ViolationIntentRepository intents;
  private final ViolationReferrals referrals;
  private final Clock clock;

  ViolationIntents(ViolationIntentRepository intents, ViolationReferrals referrals, Clock clock) {
    this.intents = intents;
    this.referrals = referrals;
    this.clock = clock;
  }

  /**
   * Records the violation and opens a §V case about it, routed to Internal Affairs, in the caller's
   * transaction: the intent names the case it became.
   *
   * @param clauses the §III/§IV clauses of the case (codes of {@link PolicyClause})
   */
  public ViolationIntent record(String subjectUserId, String clauses, String summary, String approvalNumber,
      String sourceProcessInstanceId) {
    String caseNumber = referrals.open(subjectUserId, clauses, summary, approvalNumber, sourceProcessInstanceId);
    return intents.save(new ViolationIntent(null, subjectUserId, clauses, summary, approvalNumber,
        sourceProcessInstanceId, ViolationIntent.REFERRED, OffsetDateTime.now(clock), caseNumber));
  }

  public List<ViolationIntent> fromProcess(String processInstanceId) {
    return intents.findBySourceProcessInstanceId(processInstanceId);
  }
}
