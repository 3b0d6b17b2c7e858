package org.policy321.posting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.IdentityProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo's registers: its official accounts, and an authorization by the Chief for each demo member of the
 * posters' group (the Public Information Officer), so that the demo's group and register agree. Only where demo users
 * are seeded; what is there is left as it is (a revoked demo poster stays revoked across restarts).
 */
@Component
class DemoPostingSeeder {

  /** The demo Chief, who authorizes the demo's posters. */
  private static final String DEMO_CHIEF = "chief";

  private final IdentityProperties identity;
  private final DemoPostingProperties demo;
  private final OfficialAccountRepository accounts;
  private final PosterAuthorizationRepository authorizations;
  private final IdentityService identityService;
  private final Clock clock;

  DemoPostingSeeder(IdentityProperties identity, DemoPostingProperties demo, OfficialAccountRepository accounts,
      PosterAuthorizationRepository authorizations, IdentityService identityService, Clock clock) {
    this.identity = identity;
    this.demo = demo;
    this.accounts = accounts;
    this.authorizations = authorizations;
    this.identityService = identityService;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void seed() {
    if (!identity.seedDemoUsers() || accounts.count() > 0) {
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    List<Long> accountIds = demo.demoAccounts().stream().map(account -> accounts.save(new OfficialAccount(null,
        account.platform(), account.handle(), account.url(), account.overseer(), true, true, true, DEMO_CHIEF, now,
        account.overseer(), now)).id()).toList();
    if (accountIds.isEmpty()) {
      return;
    }
    for (User poster : identityService.createUserQuery().memberOfGroup(Groups.SOCIAL_MEDIA).list()) {
      if (authorizations.findByUserIdAndRevokedAtIsNull(poster.getId()).isEmpty()) {
        authorizations.save(PosterAuthorization.granted(poster.getId(), accountIds,
            PostingEquipment.DEPARTMENT_APPROVED, null, DEMO_CHIEF, now));
      }
    }
  }
}
