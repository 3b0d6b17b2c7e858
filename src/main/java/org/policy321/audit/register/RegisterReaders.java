package org.policy321.audit.register;

import org.policy321.platform.rest.ApiRefusal;
import org.policy321.platform.identity.ApiCaller;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.springframework.stereotype.Component;

/**
 * Who reads the registers (issue 13): auditors both; the Chief and designees the approvals register (they decide
 * the requests, §III.R); Internal Affairs and the Chief the violation cases register (they read every case, as
 * violation/CaseReaders lets them). The outside authority reads single cases routed to it, not the register.
 */
@Component
class RegisterReaders {

  private final ApiCaller apiCaller;
  private final Roster roster;

  RegisterReaders(ApiCaller apiCaller, Roster roster) {
    this.apiCaller = apiCaller;
    this.roster = roster;
  }

  /** The signed-in caller, if they may read the approvals register; else refused with a sentence. */
  String approvalsReader() {
    String caller = apiCaller.userId();
    if (!roster.belongsTo(caller, Groups.AUDITOR, Groups.CHIEF, Groups.DESIGNEE)) {
      throw ApiRefusal.notPermitted(
          "Only auditors, the Chief of Police and designees read the approvals register.");
    }
    return caller;
  }

  /** The signed-in caller, if they may read the violation cases register; else refused with a sentence. */
  String violationCasesReader() {
    String caller = apiCaller.userId();
    if (!roster.belongsTo(caller, Groups.AUDITOR, Groups.INTERNAL_AFFAIRS, Groups.CHIEF)) {
      throw ApiRefusal.notPermitted(
          "Only auditors, Internal Affairs and the Chief of Police read the violation cases register (§V).");
    }
    return caller;
  }

  /** Auditors read every case; anyone else never the line of a case about themselves (conflicts of interest). */
  boolean readsOwnCases(String reader) {
    return roster.belongsTo(reader, Groups.AUDITOR);
  }

  String name(String reader) {
    return roster.member(reader).signature();
  }
}
