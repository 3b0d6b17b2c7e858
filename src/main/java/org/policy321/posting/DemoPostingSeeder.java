package org.policy321.posting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.IdentityProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo's registers: its official accounts (their first yearly review scheduled), and an authorization by the
 * Chief for each demo member of the posters' group (the Public Information Officer), so that the demo's group and
 * register agree; and a first version of the content guidelines, issued by the Chief and acknowledged by those
 * posters, so that they may post (§I.B).
 * Only where demo users are seeded; what is there is left as it is (a revoked demo poster stays revoked across
 * restarts, a database with guidelines keeps them).
 */
@Component
class DemoPostingSeeder {

  /** The demo Chief, who authorizes the demo's posters and issues its guidelines. */
  private static final String DEMO_CHIEF = "chief";
  static final String DEMO_GUIDELINES_TITLE = "Posting on the department's official accounts";
  static final String DEMO_GUIDELINES = """
      1. Post only what supports the department's mission and is appropriate for public release under the \
      release-of-information policies (§I.C): community news, crime prevention tips, critical incident notices and \
      events.
      2. Be factual and non-partisan, and write in plain, professional language (§II.C, §II.E). Identify the post as \
      the department's.
      3. Never post anything §IV lists — a suspect before arrest, a juvenile offender, details of a pending case, the \
      name of a victim of a sexual offence, political endorsements — without the Chief's express written \
      authorization.
      4. Anything that does not strictly conform to these guidelines goes to the Chief of Police or a designee before \
      it is posted (§I.B).
      5. A critical incident notice may go out at once; the Chief or a designee reviews it afterwards.
      6. Post only from department-approved equipment, unless administration authorized otherwise (§I.A).""";

  private final IdentityProperties identity;
  private final DemoPostingProperties demo;
  private final OfficialAccountRepository accounts;
  private final PosterAuthorizationRepository authorizations;
  private final ContentGuidelineRepository guidelines;
  private final ContentGuidelines contentGuidelines;
  private final AccountReviews reviews;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final Clock clock;

  DemoPostingSeeder(IdentityProperties identity, DemoPostingProperties demo, OfficialAccountRepository accounts,
      PosterAuthorizationRepository authorizations, ContentGuidelineRepository guidelines,
      ContentGuidelines contentGuidelines, AccountReviews reviews, IdentityService identityService,
      TaskService taskService, Clock clock) {
    this.identity = identity;
    this.demo = demo;
    this.accounts = accounts;
    this.authorizations = authorizations;
    this.guidelines = guidelines;
    this.contentGuidelines = contentGuidelines;
    this.reviews = reviews;
    this.identityService = identityService;
    this.taskService = taskService;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void seed() {
    if (!identity.seedDemoUsers()) {
      return;
    }
    if (accounts.count() == 0) {
      seedRegisters();
    }
    if (guidelines.findFirstByOrderByVersionDesc().isEmpty()) {
      seedGuidelines();
    }
  }

  private void seedRegisters() {
    OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    List<Long> accountIds = demo.demoAccounts().stream().map(account -> reviews.scheduleNext(accounts.save(
        OfficialAccount.registered(account.platform(), account.handle(), account.url(), account.overseer(), DEMO_CHIEF,
            now))).id()).toList();
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

  /** The Chief issues version 1; each demo poster asked to acknowledge it does, as the assignee of their task. */
  private void seedGuidelines() {
    contentGuidelines.publish(DEMO_CHIEF, new ContentGuidelines.Publication(DEMO_GUIDELINES_TITLE, DEMO_GUIDELINES,
        LocalDate.now(clock)));
    List<Task> asked = taskService.createTaskQuery().processDefinitionKey(ContentGuidelineAcknowledgement.PROCESS_KEY)
        .taskDefinitionKey(ContentGuidelineAcknowledgement.Elements.ACKNOWLEDGE).list();
    for (Task task : asked) {
      taskService.complete(task.getId(), Map.of(ContentGuidelineAcknowledgement.Vars.ACKNOWLEDGED, true));
    }
  }
}
