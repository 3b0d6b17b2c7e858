package org.policy321.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.policy321.audit.register.RegisterPeriod;
import org.policy321.audit.register.RegisterTable;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.identity.SystemAuthority;
import org.policy321.platform.rest.ApiRefusal;
import org.springframework.stereotype.Service;

/**
 * Who is compliant with §VI.A on the day: for each current employee, when they completed their training, when they
 * acknowledged the current revision of the policy, and which of their trainings or acknowledgements are overdue.
 * Human Resources and auditors see everyone; a supervisor sees the people under them in the chain of command on
 * the roster; nobody else reads it.
 */
@Service
public class ComplianceView {

  public static final String TITLE = "Training compliance (Policy 3.21 §VI.A)";

  private final TrainingService trainings;
  private final PolicyRevisions revisions;
  private final Roster roster;
  private final IdentityService identityService;
  private final Clock clock;

  ComplianceView(TrainingService trainings, PolicyRevisions revisions, Roster roster, IdentityService identityService,
      Clock clock) {
    this.trainings = trainings;
    this.revisions = revisions;
    this.roster = roster;
    this.identityService = identityService;
    this.clock = clock;
  }

  /** One employee's standing. */
  public record Line(String userId, String name, String unit, String supervisor, OffsetDateTime trainingCompletedAt,
      OffsetDateTime currentRevisionAcknowledgedAt, List<String> overdue, boolean compliant) {}

  public record Report(String title, LocalDate asOf, String currentRevision, List<Line> lines) {}

  public Report report(String caller) {
    boolean all = roster.belongsTo(caller, Groups.HR, Groups.AUDITOR);
    PolicyRevision current = revisions.current();
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<User> employees = SystemAuthority.callAsNobody(identityService, () -> identityService.createUserQuery().memberOfGroup(Groups.EMPLOYEE)
        .list());
    List<Line> lines = employees.stream().map(User::getId)
        .filter(id -> roster.leavingDate(id).map(day -> day.isAfter(now.toLocalDate())).orElse(true))
        .filter(id -> all || under(caller, id))
        .map(id -> line(id, current, now))
        .sorted(Comparator.comparing(Line::unit, Comparator.nullsLast(String::compareTo)).thenComparing(Line::name))
        .toList();
    if (!all && lines.isEmpty()) {
      throw ApiRefusal.notPermitted("The training compliance view is for Human Resources, auditors, and supervisors for "
          + "the people they supervise.");
    }
    return new Report(TITLE, now.toLocalDate(), current.title(), lines);
  }

  /** The report as the CSV and PDF/A exports write it. */
  public RegisterTable table(Report report) {
    List<String> headings = List.of("Employee", "Name", "Unit", "Supervisor", "Training completed",
        "Current revision acknowledged", "Overdue", "Compliant");
    List<List<String>> rows = report.lines().stream().map(line -> List.of(line.userId(), line.name(),
        RegisterTable.cell(line.unit()), RegisterTable.cell(line.supervisor()), RegisterTable.cell(line.trainingCompletedAt()),
        RegisterTable.cell(line.currentRevisionAcknowledgedAt()), String.join(" ", line.overdue()),
        line.compliant() ? "yes" : "no")).toList();
    return new RegisterTable(report.title() + ", " + report.currentRevision(),
        RegisterPeriod.of(null, report.asOf().toString()), headings, rows);
  }

  private Line line(String userId, PolicyRevision current, OffsetDateTime now) {
    List<TrainingRecord> records = trainings.of(userId);
    Optional<OffsetDateTime> trained = records.stream().filter(r -> r.kind() != TrainingKind.REVISION)
        .map(TrainingRecord::completedAt).filter(Objects::nonNull).max(Comparator.naturalOrder());
    Optional<OffsetDateTime> acknowledged = records.stream().filter(r -> r.revisionId() == current.id())
        .map(TrainingRecord::acknowledgedAt).filter(Objects::nonNull).max(Comparator.naturalOrder());
    List<String> overdue = records.stream().filter(r -> r.overdue(now)).map(TrainingRecord::number).toList();
    String supervisor = roster.supervisorOf(userId).map(roster::nameOf).orElse(null);
    return new Line(userId, roster.member(userId).rankAndName(), roster.member(userId).unit(), supervisor,
        trained.orElse(null), acknowledged.orElse(null), overdue,
        trained.isPresent() && acknowledged.isPresent() && overdue.isEmpty());
  }

  /** Whether the caller is above the employee in the chain of command on the roster. */
  private boolean under(String caller, String userId) {
    Set<String> seen = new HashSet<>();
    for (String up = roster.supervisorOf(userId).orElse(null); up != null && seen.add(up);
        up = roster.supervisorOf(up).orElse(null)) {
      if (up.equals(caller)) {
        return true;
      }
    }
    return false;
  }
}
