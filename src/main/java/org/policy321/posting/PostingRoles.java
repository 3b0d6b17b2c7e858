package org.policy321.posting;

import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.rest.ApiRefusal;
import org.springframework.stereotype.Component;

/**
 * Who keeps and reads the registers of official posting: the Chief or a designee authorizes posters (§I.A); they or
 * HR, who oversees the accounts (§VI.B), register accounts; the posters themselves and auditors read both. The Chief or
 * a designee issues the content guidelines (§I.B), which every employee reads.
 */
@Component
class PostingRoles {

  private final Roster roster;

  PostingRoles(Roster roster) {
    this.roster = roster;
  }

  void requireAuthorizer(String caller) {
    if (!roster.belongsTo(caller, Groups.CHIEF, Groups.DESIGNEE)) {
      throw ApiRefusal.notPermitted("Only the Chief of Police or a designee authorizes employees to post for the "
          + "department or revokes that authorization (Policy 3.21 §I.A).");
    }
  }

  void requireAccountKeeper(String caller) {
    if (!roster.belongsTo(caller, Groups.CHIEF, Groups.DESIGNEE, Groups.HR)) {
      throw ApiRefusal.notPermitted("Only the Chief of Police, a designee or Human Resources registers, changes or "
          + "closes the department's official accounts (Policy 3.21 §I.D, §VI.B).");
    }
  }

  /** §I.B: "The Chief/designee may issue content guidelines." */
  void requireGuidelineIssuer(String caller) {
    if (!roster.belongsTo(caller, Groups.CHIEF, Groups.DESIGNEE)) {
      throw ApiRefusal.notPermitted("Only the Chief of Police or a designee issues the department's content "
          + "guidelines (Policy 3.21 §I.B).");
    }
  }

  /** The guidelines are the department's rules for its posts: every member drafts against them (§I.B), auditors read them. */
  void requireGuidelineReader(String caller) {
    if (!roster.belongsTo(caller, Groups.EMPLOYEE, Groups.AUDITOR)) {
      throw ApiRefusal.notPermitted("The content guidelines are read by the department's employees and auditors "
          + "(Policy 3.21 §I.B).");
    }
  }

  /** Who acknowledged which version when: the Chief, designees, HR, who keep the posting records (§II.C, §VI.B), and auditors. */
  void requireAcknowledgementReader(String caller) {
    if (!roster.belongsTo(caller, Groups.CHIEF, Groups.DESIGNEE, Groups.HR, Groups.AUDITOR)) {
      throw ApiRefusal.notPermitted("The acknowledgements of the content guidelines are kept for the Chief of Police, "
          + "designees, Human Resources and auditors (Policy 3.21 §I.B, §VI.B).");
    }
  }

  void requireReader(String caller) {
    if (!roster.belongsTo(caller, Groups.CHIEF, Groups.DESIGNEE, Groups.HR, Groups.SOCIAL_MEDIA, Groups.AUDITOR)) {
      throw ApiRefusal.notPermitted("The registers of official accounts and authorized posters are kept for the "
          + "Chief of Police, designees, Human Resources, authorized posters and auditors (Policy 3.21 §I.A, §VI.B).");
    }
  }
}
