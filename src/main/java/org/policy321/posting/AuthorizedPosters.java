package org.policy321.posting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.identity.SystemAuthority;
import org.policy321.platform.rest.ApiRefusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of authorized posters (§I.A): the Chief or a designee authorizes an employee for named official
 * accounts, from department-approved equipment or with an exception administration allowed, and revokes it. The
 * register decides who may file official posts; the Camunda group {@code social-media} follows it (joined on
 * authorization, left on revocation), so that Tasklist routes posters' tasks to exactly the people in the register.
 * Both are announced ({@link PosterAuthorized}, {@link PosterRevoked}): a new poster is asked to acknowledge the
 * content guidelines in force (§I.B).
 */
@Service
public class AuthorizedPosters {

  private final PosterAuthorizationRepository authorizations;
  private final OfficialAccounts accounts;
  private final PostingRoles roles;
  private final Roster roster;
  private final IdentityService identityService;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AuthorizedPosters(PosterAuthorizationRepository authorizations, OfficialAccounts accounts, PostingRoles roles,
      Roster roster, IdentityService identityService, ApplicationEventPublisher events, Clock clock) {
    this.authorizations = authorizations;
    this.accounts = accounts;
    this.roles = roles;
    this.roster = roster;
    this.identityService = identityService;
    this.events = events;
    this.clock = clock;
  }

  /** What the Chief or a designee enters to authorize a poster. */
  public record Grant(String userId, List<Long> accountIds, PostingEquipment equipment, String equipmentException) {}

  @Transactional
  public PosterAuthorization authorize(String caller, Grant grant) {
    roles.requireAuthorizer(caller);
    String userId = FormValues.required(grant.userId(), "The employee to authorize", 64);
    if (!roster.belongsTo(userId, Groups.EMPLOYEE)) {
      throw ApiRefusal.badInput("\"" + userId + "\" is not an employee of the department; only employees are "
          + "authorized to post for it (Policy 3.21 §I.A).");
    }
    List<Long> accountIds = grant.accountIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(grant.accountIds()));
    if (accountIds.isEmpty()) {
      throw ApiRefusal.badInput("Name the official accounts " + roster.nameOf(userId) + " may post to.");
    }
    accounts.existing(accountIds);
    if (grant.equipment() == null) {
      throw ApiRefusal.badInput("Say where " + roster.nameOf(userId) + " may post from: DEPARTMENT_APPROVED equipment, "
          + "or EXCEPTION_AUTHORIZED with the exception administration allowed (Policy 3.21 §I.A).");
    }
    String exception = FormValues.optional(grant.equipmentException(), "The equipment exception", FormValues.MAX_TEXT);
    if (grant.equipment() == PostingEquipment.EXCEPTION_AUTHORIZED && exception == null) {
      throw ApiRefusal.badInput("Record the exception: who in administration allowed posting from other than "
          + "department-approved equipment, for which equipment, and why (Policy 3.21 §I.A).");
    }
    Optional<PosterAuthorization> current = authorizations.findByUserIdAndRevokedAtIsNull(userId);
    if (current.isPresent()) {
      throw ApiRefusal.conflict(roster.nameOf(userId) + " is already an authorized poster, since "
          + current.get().authorizedAt().toLocalDate() + " (" + roster.nameOf(current.get().authorizedBy())
          + "). Revoke that authorization first to change it.");
    }
    PosterAuthorization saved = authorizations.save(PosterAuthorization.granted(userId, accountIds, grant.equipment(),
        grant.equipment() == PostingEquipment.EXCEPTION_AUTHORIZED ? exception : null, caller, now()));
    setPosterGroup(userId, true);
    events.publishEvent(new PosterAuthorized(userId));
    return saved;
  }

  @Transactional
  public PosterAuthorization revoke(String caller, String userId, String reason) {
    roles.requireAuthorizer(caller);
    PosterAuthorization current = authorizations.findByUserIdAndRevokedAtIsNull(userId).orElseThrow(
        () -> ApiRefusal.notFound(roster.nameOf(userId) + " is not an authorized poster."));
    String why = FormValues.required(reason, "The reason for the revocation");
    PosterAuthorization revoked = authorizations.save(current.revoked(caller, why, now()));
    setPosterGroup(userId, false);
    events.publishEvent(new PosterRevoked(userId));
    return revoked;
  }

  /** Every authorization, current and revoked, the newest first. */
  public List<PosterAuthorization> all(String caller) {
    roles.requireReader(caller);
    return authorizations.findAllByOrderByIdDesc();
  }

  /** The user ids of every current authorized poster. */
  List<String> currentPosters() {
    return authorizations.findByRevokedAtIsNull().stream().map(PosterAuthorization::userId).toList();
  }

  /** The employee's current authorization, if the register holds one. */
  public Optional<PosterAuthorization> current(String userId) {
    return authorizations.findByUserIdAndRevokedAtIsNull(userId);
  }

  /** Group membership is the engine's; the application changes it on its own authority, not the caller's. */
  private void setPosterGroup(String userId, boolean member) {
    SystemAuthority.callAsNobody(identityService, () -> {
      boolean isMember = identityService.createUserQuery().userId(userId).memberOfGroup(Groups.SOCIAL_MEDIA).count() > 0;
      if (member && !isMember) {
        identityService.createMembership(userId, Groups.SOCIAL_MEDIA);
      } else if (!member && isMember) {
        identityService.deleteMembership(userId, Groups.SOCIAL_MEDIA);
      }
      return null;
    });
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
