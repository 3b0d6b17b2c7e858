package org.policy321.training;

import static org.policy321.training.SocialMediaTraining.Vars;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.identity.StaffJoined;
import org.policy321.platform.identity.StaffLeft;
import org.policy321.platform.identity.SystemAuthority;
import org.policy321.violation.ReferredForTraining;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where trainings start by themselves (§VI.A), in the transaction of what caused them and on the application's own
 * authority: a new hire (a member of the group {@code employee} whom the roster records with a hire date, whichever
 * of the two came second), a discipline of referral for training (§V.B, the case linked), and a revision of the
 * policy (every employee acknowledges it). A member who leaves has their open trainings withdrawn.
 */
@Component
class TrainingStarts {

  private static final Logger LOG = LoggerFactory.getLogger(TrainingStarts.class);

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final TrainingService trainings;
  private final PolicyRevisions revisions;
  private final Roster roster;
  private final Clock clock;

  TrainingStarts(RuntimeService runtimeService, IdentityService identityService, TrainingService trainings,
      PolicyRevisions revisions, Roster roster, Clock clock) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.trainings = trainings;
    this.revisions = revisions;
    this.roster = roster;
    this.clock = clock;
  }

  /** A hire: trained once, when both the membership and the hire date are there and they have not left. */
  @EventListener
  void on(StaffJoined joined) {
    String userId = joined.userId();
    if (roster.hireDate(userId).isPresent() && !left(userId) && roster.belongsTo(userId, Groups.EMPLOYEE)
        && trainings.of(userId).stream().noneMatch(r -> r.kind() == TrainingKind.NEW_HIRE)) {
      start(userId, TrainingKind.NEW_HIRE, null);
    }
  }

  /** A referral for training (§V.B); the case closes whatever happens here, so someone no longer employed is logged. */
  @EventListener
  void on(ReferredForTraining referral) {
    String employeeId = referral.employeeId();
    if (employeeId != null && roster.belongsTo(employeeId, Groups.EMPLOYEE) && !left(employeeId)) {
      start(employeeId, TrainingKind.REFERRAL, referral.caseNumber());
    } else {
      LOG.warn("Case {} referred {} for training, who is not a current employee: no training started",
          referral.caseNumber(), employeeId);
    }
  }

  /** The employee left: their open trainings end, withdrawn with the reason, and their tasks with them. */
  @EventListener
  void on(StaffLeft left) {
    for (TrainingRecord record : trainings.of(left.userId())) {
      if (record.open()) {
        trainings.withdraw(record.id(), "The employee's account was " + left.how() + ".");
        if (record.processInstanceId() != null) {
          SystemAuthority.call(() -> {
            if (runtimeService.createProcessInstanceQuery().processInstanceId(record.processInstanceId()).count() > 0) {
              runtimeService.deleteProcessInstance(record.processInstanceId(), "Training withdrawn: the employee left");
            }
            return null;
          });
        }
      }
    }
  }

  /** After a revision: every current employee gets an acknowledgement of it, unless one is open already. */
  void askEveryEmployeeToAcknowledge() {
    long current = revisions.current().id();
    List<User> employees = SystemAuthority.callAsNobody(identityService, () -> identityService.createUserQuery().memberOfGroup(Groups.EMPLOYEE)
        .list());
    for (User employee : employees) {
      boolean asked = trainings.of(employee.getId()).stream()
          .anyMatch(r -> r.kind() == TrainingKind.REVISION && r.revisionId() == current);
      if (!asked && !left(employee.getId())) {
        start(employee.getId(), TrainingKind.REVISION, null);
      }
    }
  }

  void start(String employeeId, TrainingKind kind, String caseNumber) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.EMPLOYEE_ID, employeeId);
    variables.put(Vars.KIND, kind.value);
    variables.put(Vars.CASE_NUMBER, caseNumber);
    SystemAuthority.callAsNobody(identityService,
        () -> runtimeService.startProcessInstanceByKey(SocialMediaTraining.PROCESS_KEY, variables));
  }

  private boolean left(String userId) {
    return roster.leavingDate(userId).map(date -> !date.isAfter(LocalDate.now(clock))).orElse(false);
  }
}
