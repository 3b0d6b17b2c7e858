package org.policy321.posting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.rest.ApiRefusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of the department's official accounts (§I.D, §VI.B). An account is registered only with its set-up
 * checklist confirmed: a department page that does not say who maintains it, or that hides the department's phone
 * number or address, is not an official account yet. From then on its overseer confirms the checklist yearly
 * ({@link AccountReviews}); the first review is scheduled with the registration.
 */
@Service
public class OfficialAccounts {

  private final OfficialAccountRepository accounts;
  private final PostingRoles roles;
  private final Roster roster;
  private final AccountReviews reviews;
  private final Clock clock;

  OfficialAccounts(OfficialAccountRepository accounts, PostingRoles roles, Roster roster, AccountReviews reviews,
      Clock clock) {
    this.accounts = accounts;
    this.roles = roles;
    this.roster = roster;
    this.reviews = reviews;
    this.clock = clock;
  }

  /** What the Chief, a designee or HR enters to register an account. */
  public record Registration(String platform, String handle, String url, String overseerId,
      boolean statesMaintainedByDepartment, boolean showsPhoneNumber, boolean showsAddress) {}

  @Transactional
  public OfficialAccount register(String caller, Registration registration) {
    roles.requireAccountKeeper(caller);
    String platform = FormValues.required(registration.platform(), "The network (platform)", 100);
    String handle = FormValues.required(registration.handle(), "The account's handle", 200);
    String url = FormValues.required(FormValues.webAddress(registration.url(), "The account's address"),
        "The account's address");
    String overseer = FormValues.required(registration.overseerId(), "Who oversees the account (§VI.B)", 64);
    if (!roster.belongsTo(overseer, Groups.EMPLOYEE)) {
      throw ApiRefusal.badInput("\"" + overseer + "\" is not a member of the department: name the employee who "
          + "oversees the account by their user id.");
    }
    List<String> missing = checklistMissing(registration);
    if (!missing.isEmpty()) {
      throw ApiRefusal.badInput("The account's page must " + String.join(" and ", missing)
          + " before it is registered as an official account (Policy 3.21 §I.D).");
    }
    if (accounts.existsByPlatformIgnoreCaseAndHandleIgnoreCase(platform, handle)) {
      throw ApiRefusal.conflict(platform + " " + handle + " is already registered as an official account.");
    }
    OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    return reviews.scheduleNext(accounts.save(new OfficialAccount(null, platform, handle, url, overseer, true, true,
        true, caller, now, caller, now, null)));
  }

  public List<OfficialAccount> all(String caller) {
    roles.requireReader(caller);
    return accounts.findAllByOrderByPlatformAscHandleAsc();
  }

  /** The accounts with these ids, each of which must exist. */
  List<OfficialAccount> existing(List<Long> ids) {
    List<OfficialAccount> found = new ArrayList<>();
    for (Long id : ids) {
      found.add(accounts.findById(id).orElseThrow(
          () -> ApiRefusal.badInput("There is no official account " + id + ": register the account first.")));
    }
    return found;
  }

  private static List<String> checklistMissing(Registration registration) {
    List<String> missing = new ArrayList<>();
    if (!registration.statesMaintainedByDepartment()) {
      missing.add("say that the department maintains it");
    }
    if (!registration.showsPhoneNumber()) {
      missing.add("show the department's phone number");
    }
    if (!registration.showsAddress()) {
      missing.add("show the department's address");
    }
    return missing;
  }
}
