package org.policy321.training;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.policy321.platform.identity.AccessGrant.grant;

import java.util.List;
import org.policy321.platform.identity.AccessGrant;
import org.policy321.platform.identity.AccessPolicy;
import org.policy321.platform.identity.Groups;
import org.springframework.stereotype.Component;

/**
 * §VI.A: HR assigns trainings from Tasklist and sees every training and review; the Chief sees the reviews; auditors
 * read the history of both. Employees may only read the training's definition: they work the tasks assigned to them
 * (the assignee's own task permissions), and see nobody else's training, answers or attestation. A supervisor works the
 * follow-up assigned to them. Nobody starts the annual review by hand: its timer does.
 */
@Component
class TrainingAccess implements AccessPolicy {

  @Override
  public List<AccessGrant> grants() {
    String training = SocialMediaTraining.PROCESS_KEY;
    String review = PolicyAnnualReview.PROCESS_KEY;
    return List.of(
        // READ only: the employee completing their own task reads its definition; only HR starts one.
        grant(Groups.EMPLOYEE, PROCESS_DEFINITION, training, READ),
        grant(Groups.HR, PROCESS_DEFINITION, training, READ, CREATE_INSTANCE, READ_INSTANCE, READ_HISTORY),
        grant(Groups.HR, PROCESS_DEFINITION, review, READ, READ_INSTANCE, READ_HISTORY),
        grant(Groups.CHIEF, PROCESS_DEFINITION, review, READ, READ_INSTANCE, READ_HISTORY),
        grant(Groups.AUDITOR, PROCESS_DEFINITION, training, READ_HISTORY),
        grant(Groups.AUDITOR, PROCESS_DEFINITION, review, READ_HISTORY));
  }
}
