package org.policy321.posting;

import static org.policy321.posting.OfficialAccountReview.Vars;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.policy321.platform.config.IsoDurations;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.identity.SystemAuthority;
import org.policy321.platform.tasks.TaskReminder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly review of each official account (§I.D, §VI.B): scheduled when the account is registered, and again each
 * time a review ends, {@code policy.posting.account-review-interval} (P1Y) later; the overseer confirms the checklist
 * item by item; an item that no longer holds is recorded on the account and put before the Chief, designees and HR,
 * who record what was done. The register shows the last full confirmation and the next due date.
 */
@Service
public class AccountReviews {

  private final AccountReviewRepository reviews;
  private final OfficialAccountRepository accounts;
  private final Roster roster;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final PostingOversightProperties properties;
  private final TaskReminder reminder;
  private final TaskService taskService;
  private final Clock clock;

  AccountReviews(AccountReviewRepository reviews, OfficialAccountRepository accounts, Roster roster,
      RuntimeService runtimeService, IdentityService identityService, PostingOversightProperties properties,
      TaskReminder reminder, TaskService taskService, Clock clock) {
    this.reviews = reviews;
    this.accounts = accounts;
    this.roster = roster;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.properties = properties;
    this.reminder = reminder;
    this.taskService = taskService;
    this.clock = clock;
  }

  /** What the overseer is asked about when the review opens, and by when. */
  record Opened(String accountLabel, String accountUrl, String reviewerId, String overseerName, Date checklistDueAt) {}

  /**
   * Schedules the account's next review, the review interval from now, and starts its process; on the application's
   * own authority, whoever registered the account or closed the last review. Returns the account with its due date.
   */
  @Transactional
  public OfficialAccount scheduleNext(OfficialAccount account) {
    OffsetDateTime now = now();
    // Milliseconds: what the timer keeps, so the register shows the moment it fires.
    OffsetDateTime due = IsoDurations.plus(now, properties.accountReviewInterval()).truncatedTo(ChronoUnit.MILLIS);
    AccountReview review = reviews.save(AccountReview.scheduled(number(account.id(), due.getYear()), account, now, due));
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.REVIEW_NUMBER, review.reviewNumber());
    variables.put(Vars.ACCOUNT_ID, account.id());
    variables.put(Vars.REVIEW_DUE_AT, Date.from(due.toInstant()));
    ProcessInstance instance = SystemAuthority.callAsNobody(identityService, () -> runtimeService
        .startProcessInstanceByKey(OfficialAccountReview.PROCESS_KEY, review.reviewNumber(), variables));
    reviews.save(review.started(instance.getId()));
    return accounts.save(account.nextReviewDue(due));
  }

  /** Accounts registered before yearly reviews existed get their first one when the application is ready. */
  @EventListener(ApplicationReadyEvent.class)
  @Transactional
  public void scheduleUnscheduled() {
    accounts.findByNextReviewDueAtIsNullAndClosedAtIsNull().forEach(this::scheduleNext);
  }

  /** Task_OpenAccountReview: the review is due; the overseer is asked, or — gone from the department — nobody in person. */
  Opened open(String number) {
    AccountReview review = byNumber(number);
    OfficialAccount account = account(review);
    String overseer = account.overseerId();
    OffsetDateTime now = now();
    reviews.save(review.opened(overseer, now));
    OffsetDateTime answerBy = IsoDurations.plus(now, properties.accountChecklistDeadline()).truncatedTo(ChronoUnit.MILLIS);
    return new Opened(account.label(), account.url(), roster.belongsTo(overseer, Groups.EMPLOYEE) ? overseer : null,
        roster.nameOf(overseer), Date.from(answerBy.toInstant()));
  }

  /** Task_RemindOverseer: the checklist is still unconfirmed at its due date; whoever holds the task is reminded. */
  void remind(String number, String processInstanceId) {
    OfficialAccount account = account(byNumber(number));
    reminder.remind(processInstanceId, OfficialAccountReview.Elements.CONFIRM_CHECKLIST, "Reminder: the checklist of "
        + account.label() + " was due to be confirmed by " + roster.nameOf(account.overseerId()) + ", who oversees "
        + "it (Policy 3.21 §I.D, §VI.B). Open the page, answer each item and complete this task.");
  }

  /**
   * Task_ConfirmAccountChecklist, completed by {@code actor} (the task's holder, when it has one): each item answered,
   * notes when one no longer holds. The account's checklist becomes what was found; a full confirmation is recorded
   * as the account's last. Returns the items that no longer hold, in words (empty: all confirmed).
   */
  List<String> record(String number, String holder, String actor, Boolean maintained, Boolean phone, Boolean address,
      String notes) {
    AccountReview review = byNumber(number);
    OfficialAccount account = account(review);
    if (holder != null && !holder.equals(actor)) {
      throw new InvalidInputException("The checklist of " + account.label() + " is confirmed by its overseer, "
          + roster.nameOf(holder) + " (Policy 3.21 §I.D, §VI.B). Nothing was recorded.");
    }
    boolean says = answered(maintained, "still says that the department maintains it");
    boolean phoneShown = answered(phone, "still shows the department's phone number");
    boolean addressShown = answered(address, "still shows the department's address");
    List<String> failing = new ArrayList<>();
    if (!says) {
      failing.add("no longer says that the department maintains it");
    }
    if (!phoneShown) {
      failing.add("no longer shows the department's phone number");
    }
    if (!addressShown) {
      failing.add("no longer shows the department's address");
    }
    String note = FormValues.optional(notes, "The notes", FormValues.MAX_TEXT);
    if (!failing.isEmpty() && note == null) {
      throw new InvalidInputException("Write in the notes what you found on the page of " + account.label()
          + " and what you did about it: it " + String.join(" and ", failing) + " (Policy 3.21 §I.D). Nothing was "
          + "recorded.");
    }
    OffsetDateTime now = now();
    reviews.save(review.reviewed(actor, now, says, phoneShown, addressShown, note));
    accounts.save(account.checklistFound(says, phoneShown, addressShown, actor, now));
    return failing;
  }

  /** Task_RestoreAccountChecklist, completed by the Chief, a designee or HR: restored or not, and what was done. */
  void resolve(String number, String actor, Boolean restored, String note) {
    AccountReview review = byNumber(number);
    OfficialAccount account = account(review);
    if (!roster.belongsTo(actor, AccountReviewRouting.ACCOUNT_KEEPERS.toArray(String[]::new))) {
      throw new InvalidInputException("Only the Chief of Police, a designee or Human Resources records what was done "
          + "about the page of " + account.label() + " (Policy 3.21 §I.D, §VI.B). Nothing was recorded.");
    }
    if (restored == null) {
      throw new InvalidInputException("Say whether the page of " + account.label() + " meets the checklist again "
          + "(Policy 3.21 §I.D).");
    }
    String what = FormValues.required(note, "What was done about the page");
    OffsetDateTime now = now();
    reviews.save(review.resolved(actor, now, restored, what));
    if (restored) {
      accounts.save(account.checklistFound(true, true, true, actor, now));
    }
  }

  /**
   * A new overseer (§VI.B): a review already asking the old one asks the new one instead; later reviews ask whoever
   * oversees the account when they open.
   */
  void overseerChanged(OfficialAccount account) {
    reviews.findFirstByAccountIdAndClosedAtIsNullOrderByIdDesc(account.id())
        .filter(review -> review.status() == AccountReviewStatus.DUE && review.processInstanceId() != null)
        .ifPresent(review -> SystemAuthority.callAsNobody(identityService, () -> {
          String overseer = account.overseerId();
          reviews.save(review.opened(overseer, review.openedAt()));
          runtimeService.setVariable(review.processInstanceId(), Vars.REVIEWER_ID, overseer);
          runtimeService.setVariable(review.processInstanceId(), Vars.OVERSEER_NAME, roster.nameOf(overseer));
          taskService.createTaskQuery().processInstanceId(review.processInstanceId())
              .taskDefinitionKey(OfficialAccountReview.Elements.CONFIRM_CHECKLIST).list()
              .forEach(task -> taskService.setAssignee(task.getId(), overseer));
          return null;
        }));
  }

  /** The account is closed: its open review ends (its process too, with the reason), and none is scheduled again. */
  void accountClosed(OfficialAccount account) {
    reviews.findFirstByAccountIdAndClosedAtIsNullOrderByIdDesc(account.id()).ifPresent(review -> {
      reviews.save(review.accountClosed(now()));
      SystemAuthority.callAsNobody(identityService, () -> {
        if (review.processInstanceId() != null
            && runtimeService.createProcessInstanceQuery().processInstanceId(review.processInstanceId()).count() > 0) {
          runtimeService.deleteProcessInstance(review.processInstanceId(), "The account " + account.label()
              + " was closed: " + account.closeReason());
        }
        return null;
      });
    });
  }

  /** Task_ScheduleNextReview: this review is closed, and the next one scheduled. */
  void closeAndScheduleNext(String number) {
    AccountReview review = byNumber(number);
    reviews.save(review.closed(now()));
    scheduleNext(account(review));
  }

  /** {@code OA-<account>-<year due>}; a second review due in the same year (a shorter interval) gets {@code -2}, … */
  private String number(long accountId, int year) {
    String base = AccountReview.NUMBER_PREFIX + accountId + "-" + year;
    String number = base;
    for (int n = 2; reviews.existsByReviewNumber(number); n++) {
      number = base + "-" + n;
    }
    return number;
  }

  private static boolean answered(Boolean answer, String item) {
    if (answer == null) {
      throw new InvalidInputException("Say whether the page " + item + " (Policy 3.21 §I.D).");
    }
    return answer;
  }

  private AccountReview byNumber(String number) {
    return reviews.findByReviewNumber(number).orElseThrow(() -> new IllegalStateException("No account review " + number));
  }

  private OfficialAccount account(AccountReview review) {
    return accounts.findById(review.accountId()).orElseThrow(
        () -> new IllegalStateException("No official account " + review.accountId()));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
