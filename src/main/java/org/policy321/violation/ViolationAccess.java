package org.policy321.violation;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.USER;
import static org.policy321.platform.identity.AccessGrant.grant;

import java.util.List;
import org.policy321.platform.identity.AccessGrant;
import org.policy321.platform.identity.AccessPolicy;
import org.policy321.platform.identity.Groups;
import org.springframework.stereotype.Component;

/**
 * Who sees violation cases (§V): every employee may report (start), and sees nothing of any case;
 * Internal Affairs and the Chief see all cases and their history; a supervisor, a designee, the
 * reporter and the employee concerned see only the tasks given to them (Camunda grants an assignee
 * or candidate its task, and nothing more); auditors read the history of the case and of the employee
 * concerned's tasks.
 *
 * <p>The named reporter's tasks (violation-reporter-task) are Internal Affairs' and the Chief's alone
 * (§V.C): their history names the reporter as assignee, in identity links and in the operation log, and
 * the engine lets READ_HISTORY on the process definition open all of that. Auditors hold READ_HISTORY per
 * process definition, on every process but this one (there is no READ_HISTORY on "any" for them).
 *
 * <p>The outside authority ({@code policy.violation.outside-authority-group}, conflicts of interest) works
 * in Tasklist the tasks of a case about the Chief of Police: it reads the process's name and nothing of
 * any case or its history; its tasks are its own by the engine's grant to a task's candidate group.
 */
@Component
class ViolationAccess implements AccessPolicy {

  private final String outsideAuthority;

  ViolationAccess(ViolationProperties properties) {
    this.outsideAuthority = properties.outsideAuthorityGroup();
  }

  @Override
  public List<String> groups() {
    return List.of(outsideAuthority);
  }

  @Override
  public List<AccessGrant> grants() {
    String key = ViolationReporting.PROCESS_KEY;
    String party = ViolationReporting.PARTY_PROCESS_KEY;
    String reporter = ViolationReporting.REPORTER_PROCESS_KEY;
    return List.of(
        grant(Groups.EMPLOYEE, PROCESS_DEFINITION, key, READ, CREATE_INSTANCE),
        // READ only: the party sees the name of the process their task belongs to.
        grant(Groups.EMPLOYEE, PROCESS_DEFINITION, party, READ),
        grant(Groups.EMPLOYEE, PROCESS_DEFINITION, reporter, READ),
        grant(Groups.INTERNAL_AFFAIRS, PROCESS_DEFINITION, key, READ, READ_INSTANCE, READ_HISTORY),
        grant(Groups.INTERNAL_AFFAIRS, PROCESS_DEFINITION, party, READ, READ_INSTANCE, READ_HISTORY),
        grant(Groups.INTERNAL_AFFAIRS, PROCESS_DEFINITION, reporter, READ, READ_INSTANCE, READ_HISTORY),
        grant(Groups.INTERNAL_AFFAIRS, DECISION_DEFINITION, ViolationReporting.DECISION_KEY, READ, READ_HISTORY),
        grant(Groups.CHIEF, PROCESS_DEFINITION, key, READ, READ_INSTANCE, READ_HISTORY),
        grant(Groups.CHIEF, PROCESS_DEFINITION, party, READ, READ_INSTANCE, READ_HISTORY),
        grant(Groups.CHIEF, PROCESS_DEFINITION, reporter, READ, READ_INSTANCE, READ_HISTORY),
        grant(Groups.CHIEF, DECISION_DEFINITION, ViolationReporting.DECISION_KEY, READ, READ_HISTORY),
        grant(outsideAuthority, APPLICATION, "tasklist", ACCESS),
        // Who is who, as every employee reads it (the Roster's membership checks read groups as the caller).
        grant(outsideAuthority, USER, ANY, READ),
        grant(outsideAuthority, GROUP, ANY, READ),
        grant(outsideAuthority, PROCESS_DEFINITION, key, READ),
        grant(Groups.AUDITOR, PROCESS_DEFINITION, key, READ_HISTORY),
        grant(Groups.AUDITOR, PROCESS_DEFINITION, party, READ_HISTORY));
  }

  /** FILTER "any", granted before: the outside authority now reads "My to-do" and "Overdue" like everyone (issue 17). */
  @Override
  public List<AccessGrant> withdrawn() {
    return List.of(grant(outsideAuthority, FILTER, ANY, READ));
  }
}
