package org.policy321.posting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.rest.ApiRefusal;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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
  private final NamedParameterJdbcTemplate jdbc;
  private final PostingRoles roles;
  private final Roster roster;
  private final AccountReviews reviews;
  private final Clock clock;

  OfficialAccounts(OfficialAccountRepository accounts, NamedParameterJdbcTemplate jdbc, PostingRoles roles,
      Roster roster, AccountReviews reviews, Clock clock) {
    this.accounts = accounts;
    this.jdbc = jdbc;
    this.roles = roles;
    this.roster = roster;
    this.reviews = reviews;
    this.clock = clock;
  }

  /** What the Chief, a designee or HR enters to register an account. */
  public record Registration(String platform, String handle, String url, String overseerId,
      boolean statesMaintainedByDepartment, boolean showsPhoneNumber, boolean showsAddress) {}

  /** One change of an account after its registration, as the register's readers see it. */
  public record AccountChange(long id, long accountId, String field, String oldValue, String newValue,
      String changedBy, String changedByName, OffsetDateTime changedAt) {}

  @Transactional
  public OfficialAccount register(String caller, Registration registration) {
    roles.requireAccountKeeper(caller);
    String platform = FormValues.required(registration.platform(), "The network (platform)", 100);
    String handle = FormValues.required(registration.handle(), "The account's handle", 200);
    String url = FormValues.required(FormValues.webAddress(registration.url(), "The account's address"),
        "The account's address");
    String overseer = overseer(registration.overseerId());
    List<String> missing = checklistMissing(registration);
    if (!missing.isEmpty()) {
      throw ApiRefusal.badInput("The account's page must " + String.join(" and ", missing)
          + " before it is registered as an official account (Policy 3.21 §I.D).");
    }
    if (accounts.existsByPlatformIgnoreCaseAndHandleIgnoreCase(platform, handle)) {
      throw ApiRefusal.conflict(platform + " " + handle + " is already registered as an official account.");
    }
    return reviews.scheduleNext(accounts.save(OfficialAccount.registered(platform, handle, url, overseer, caller,
        now())));
  }

  public List<OfficialAccount> all(String caller) {
    roles.requireReader(caller);
    return accounts.findAllByOrderByPlatformAscHandleAsc();
  }

  /** Another employee oversees the account from now on (§VI.B); a review already asking the old one asks them. */
  @Transactional
  public OfficialAccount changeOverseer(String caller, long id, String overseerId) {
    roles.requireAccountKeeper(caller);
    OfficialAccount account = open(id);
    String overseer = overseer(overseerId);
    if (overseer.equals(account.overseerId())) {
      throw ApiRefusal.badInput(roster.nameOf(overseer) + " already oversees " + account.label() + "; nothing was "
          + "changed.");
    }
    OfficialAccount changed = accounts.save(account.overseenBy(overseer));
    log(account, "overseer", account.overseerId(), overseer, caller);
    reviews.overseerChanged(changed);
    return changed;
  }

  /**
   * The department no longer runs the account (§I.D): closed with the reason. It keeps its row, its posts and their
   * log; it takes no new post and no poster is authorized for it any more; its open yearly review ends.
   */
  @Transactional
  public OfficialAccount close(String caller, long id, String reason) {
    roles.requireAccountKeeper(caller);
    OfficialAccount account = open(id);
    String why = FormValues.required(reason, "Why the account is closed", FormValues.MAX_TEXT);
    OfficialAccount closed = accounts.save(account.closed(caller, now(), why));
    log(account, "closed", null, why, caller);
    reviews.accountClosed(closed);
    return closed;
  }

  /** The changes of one account since its registration, oldest first. */
  public List<AccountChange> changes(String caller, long id) {
    roles.requireReader(caller);
    if (!accounts.existsById(id)) {
      throw ApiRefusal.notFound("There is no official account " + id + ".");
    }
    return jdbc.query("SELECT * FROM official_account_change WHERE account_id = :account ORDER BY id",
        Map.of("account", id), (rs, n) -> new AccountChange(rs.getLong("id"), rs.getLong("account_id"),
            rs.getString("what_changed"), rs.getString("old_value"), rs.getString("new_value"),
            rs.getString("changed_by"), roster.nameOf(rs.getString("changed_by")),
            rs.getObject("changed_at", OffsetDateTime.class)));
  }

  /** The accounts with these ids, each of which must exist and be open. */
  List<OfficialAccount> existing(List<Long> ids) {
    List<OfficialAccount> found = new ArrayList<>();
    for (Long id : ids) {
      OfficialAccount account = accounts.findById(id).orElseThrow(
          () -> ApiRefusal.badInput("There is no official account " + id + ": register the account first."));
      if (account.isClosed()) {
        throw ApiRefusal.badInput(closedSentence(account) + "; choose an open account.");
      }
      found.add(account);
    }
    return found;
  }

  /** "Facebook @SpringfieldPD was closed on 2026-12-03 (moved to a new page)". */
  static String closedSentence(OfficialAccount account) {
    return account.label() + " was closed on " + account.closedAt().toLocalDate() + " (" + account.closeReason() + ")";
  }

  private OfficialAccount open(long id) {
    OfficialAccount account = accounts.findById(id)
        .orElseThrow(() -> ApiRefusal.notFound("There is no official account " + id + "."));
    if (account.isClosed()) {
      throw ApiRefusal.conflict(closedSentence(account) + "; its entry is no longer changed.");
    }
    return account;
  }

  private String overseer(String overseerId) {
    String overseer = FormValues.required(overseerId, "Who oversees the account (§VI.B)", 64);
    if (!roster.belongsTo(overseer, Groups.EMPLOYEE)) {
      throw ApiRefusal.badInput("\"" + overseer + "\" is not a member of the department: name the employee who "
          + "oversees the account by their user id.");
    }
    return overseer;
  }

  private void log(OfficialAccount account, String field, String oldValue, String newValue, String by) {
    jdbc.update("INSERT INTO official_account_change (account_id, what_changed, old_value, new_value, changed_by, "
        + "changed_at) VALUES (:account, :field, :old, :new, :by, :at)", new MapSqlParameterSource()
        .addValue("account", account.id()).addValue("field", field).addValue("old", oldValue)
        .addValue("new", newValue).addValue("by", by).addValue("at", now()));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
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
