package org.policy321.posting;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.policy321.platform.identity.AccessGrant.grant;

import java.util.ArrayList;
import java.util.List;
import org.policy321.platform.identity.AccessGrant;
import org.policy321.platform.identity.AccessPolicy;
import org.policy321.platform.identity.Groups;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the processes that keep the department's official presence in order. Nobody starts them by hand
 * (no CREATE_INSTANCE for anyone: the application starts one per poster and version of the content guidelines, §I.B,
 * and one per yearly review of an official account, §I.D): employees see their name on the tasks assigned to them
 * (a poster's acknowledgement, an overseer's checklist) and work those through the engine's task permissions; the
 * Chief, designees and HR, who keep the posting records and accounts (§VI.B), read every instance and work the tasks
 * offered to their groups; auditors read the history.
 */
@Component
class PostingOversightAccess implements AccessPolicy {

  static final List<String> PROCESS_KEYS = List.of(ContentGuidelineAcknowledgement.PROCESS_KEY,
      OfficialAccountReview.PROCESS_KEY);

  @Override
  public List<AccessGrant> grants() {
    List<AccessGrant> grants = new ArrayList<>();
    for (String key : PROCESS_KEYS) {
      grants.add(grant(Groups.EMPLOYEE, PROCESS_DEFINITION, key, READ));
      for (String keeper : List.of(Groups.CHIEF, Groups.DESIGNEE, Groups.HR)) {
        grants.add(grant(keeper, PROCESS_DEFINITION, key, READ, READ_INSTANCE, READ_HISTORY));
      }
      grants.add(grant(Groups.AUDITOR, PROCESS_DEFINITION, key, READ_HISTORY));
    }
    return grants;
  }
}
