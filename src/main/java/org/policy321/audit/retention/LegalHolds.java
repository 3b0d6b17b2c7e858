package org.policy321.audit.retention;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.policy321.audit.AuditRefusal;
import org.policy321.audit.CaseFinder;
import org.policy321.platform.cases.CaseRecord;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.identity.SystemAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal hold: the Chief of Police or an auditor keeps a case past its retention — for litigation, a records request,
 * an appeal — until the hold is lifted. The engine's own removal-time mechanism does the keeping: a held case's
 * process instances get no removal time (history cleanup never picks them), and lifting the hold gives them the
 * removal time their end and their definition's time to live say, which may be past (the next cleanup removes them).
 * The application's rows and documents of a case go only after its history is gone ({@link RecordsRetention}).
 */
@Service
public class LegalHolds {

  static final int MAX_REASON = 4000;

  private final LegalHoldRepository holds;
  private final CaseFinder finder;
  private final HistoryService historyService;
  private final IdentityService identityService;
  private final Roster roster;
  private final Clock clock;

  LegalHolds(LegalHoldRepository holds, CaseFinder finder, HistoryService historyService,
      IdentityService identityService, Roster roster, Clock clock) {
    this.holds = holds;
    this.finder = finder;
    this.historyService = historyService;
    this.identityService = identityService;
    this.roster = roster;
    this.clock = clock;
  }

  @Transactional
  public LegalHold place(String caller, String number, HoldKind kind, String reason) {
    requireHoldKeeper(caller);
    CaseRecord record = finder.open(caller, number);
    if (kind == null) {
      throw AuditRefusal.badInput("Say what the hold is for: LITIGATION, RECORDS_REQUEST, APPEAL or OTHER.");
    }
    LegalHold hold = holds.save(LegalHold.placed(record.number(), kind, text(reason, "why the case is held"), caller,
        now()));
    keep(record);
    finder.opened(caller, record, "legal hold placed");
    return hold;
  }

  @Transactional
  public LegalHold lift(String caller, String number, long holdId, String reason) {
    requireHoldKeeper(caller);
    CaseRecord record = finder.open(caller, number);
    LegalHold hold = holds.findById(holdId).filter(h -> h.caseNumber().equals(record.number()))
        .orElseThrow(() -> AuditRefusal.noSuchCase(record.number() + " with hold " + holdId));
    if (!hold.active()) {
      throw AuditRefusal.conflict("This hold was lifted on " + hold.liftedAt().toLocalDate() + " by "
          + hold.liftedBy() + ".");
    }
    LegalHold lifted = holds.save(hold.lifted(caller, text(reason, "why the hold ends"), now()));
    if (!isHeld(record.number())) {
      release(record);
    }
    finder.opened(caller, record, "legal hold lifted");
    return lifted;
  }

  /** Every hold, the newest first: for the Chief and auditors. */
  public List<LegalHold> all(String caller) {
    requireHoldKeeper(caller);
    return holds.findAllByOrderByIdDesc();
  }

  /** The case's holds, oldest first, for whoever may read the case. */
  public List<LegalHold> of(String caller, String number) {
    CaseRecord record = finder.open(caller, number);
    return holds.findByCaseNumberOrderByIdAsc(record.number());
  }

  public boolean isHeld(String caseNumber) {
    return holds.existsByCaseNumberAndLiftedAtIsNull(caseNumber);
  }

  /**
   * Keeps every held case's instances without a removal time: an instance of the case that ended since the hold
   * was placed got one when it ended. Run before each night's cleanup ({@link RecordsRetention}).
   */
  public void renew() {
    holds.findByLiftedAtIsNullOrderByIdAsc().stream().map(LegalHold::caseNumber).distinct()
        .forEach(number -> finder.find(number).ifPresent(this::keep));
  }

  private void keep(CaseRecord record) {
    setRemovalTime(record, true);
  }

  private void release(CaseRecord record) {
    setRemovalTime(record, false);
  }

  /** Through Camunda's batch for removal times (run by the job executor), for the case's instances and their children. */
  private void setRemovalTime(CaseRecord record, boolean cleared) {
    SystemAuthority.callAsNobody(identityService, () -> {
      List<String> ids = finder.processInstances(record).stream()
          .filter(instance -> instance.getSuperProcessInstanceId() == null).map(HistoricProcessInstance::getId)
          .toList();
      if (!ids.isEmpty()) {
        var builder = historyService.setRemovalTimeToHistoricProcessInstances();
        (cleared ? builder.clearedRemovalTime() : builder.calculatedRemovalTime()).byIds(ids.toArray(String[]::new))
            .hierarchical().executeAsync();
      }
      return null;
    });
  }

  private void requireHoldKeeper(String caller) {
    if (!roster.belongsTo(caller, Groups.CHIEF, Groups.AUDITOR)) {
      throw AuditRefusal.notPermitted("Only the Chief of Police and auditors put cases under legal hold or lift it.");
    }
  }

  private static String text(String value, String what) {
    if (value == null || value.isBlank()) {
      throw AuditRefusal.badInput("Write " + what + ".");
    }
    if (value.length() > MAX_REASON) {
      throw AuditRefusal.badInput("Write " + what + " in at most " + MAX_REASON + " characters.");
    }
    return value.strip();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
