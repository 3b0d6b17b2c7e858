package org.policy321.violation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/** Where other processes record violations they found, until §V's process takes them up. */
@Service
public class ViolationIntents {

  private final ViolationIntentRepository intents;
  private final Clock clock;

  ViolationIntents(ViolationIntentRepository intents, Clock clock) {
    this.intents = intents;
    this.clock = clock;
  }

  public ViolationIntent record(String subjectUserId, String clauses, String summary, String approvalNumber,
      String sourceProcessInstanceId) {
    return intents.save(new ViolationIntent(null, subjectUserId, clauses, summary, approvalNumber,
        sourceProcessInstanceId, ViolationIntent.OPEN, OffsetDateTime.now(clock)));
  }

  public List<ViolationIntent> fromProcess(String processInstanceId) {
    return intents.findBySourceProcessInstanceId(processInstanceId);
  }
}
