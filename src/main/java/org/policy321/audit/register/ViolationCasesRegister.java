package org.policy321.audit.register;

import static org.policy321.audit.register.RegisterTable.cell;

import java.time.OffsetDateTime;
import java.util.List;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.identity.StaffMember;
import org.policy321.violation.Discipline;
import org.policy321.violation.Finding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The violation cases register (issue 13): every case (§V), oldest first — where it stands, the clauses
 * reported, the finding and the measure, and the employee concerned by name and rank.
 *
 * <p>§V.C: the reporter is never in it, not even whether the report was anonymous or named. The query below
 * does not read {@code reporter_id}, {@code anonymous}, the receipt columns or the reporter's free-text
 * description of whom they reported, so no format can leak them.
 */
@Service
class ViolationCasesRegister {

  static final String TITLE = "Register of violation cases";

  private final JdbcClient jdbc;
  private final Roster roster;

  ViolationCasesRegister(JdbcClient jdbc, Roster roster) {
    this.jdbc = jdbc;
    this.roster = roster;
  }

  /** One case; {@code employee} is null while the case names nobody on the roster. */
  record Line(String caseNumber, OffsetDateTime receivedAt, String status, String clauses, String finding,
      String discipline, OffsetDateTime closedAt, String mergedInto, String employee, String employeeRank) {}

  private record Row(String caseNumber, OffsetDateTime receivedAt, String status, String clauses, String finding,
      String discipline, OffsetDateTime closedAt, String mergedInto, String subjectId) {}

  /**
   * The cases received in the period; {@code leaveOut} (a reader's own user id, or null) leaves out the cases
   * about that person: nobody but auditors reads the register line of a case about themselves (§V.C conflicts).
   */
  List<Line> lines(RegisterPeriod period, String leaveOut) {
    return jdbc.sql("""
            SELECT case_number, received_at, status, clauses, finding, discipline, closed_at, merged_into, subject_id
              FROM violation_report
             WHERE received_at >= :start AND received_at < :end
             ORDER BY received_at, id""")
        .param("start", period.start()).param("end", period.endExclusive())
        .query(Row.class).list().stream()
        .filter(row -> leaveOut == null || !leaveOut.equals(row.subjectId()))
        .map(this::line).toList();
  }

  RegisterTable table(RegisterPeriod period, String leaveOut) {
    return new RegisterTable(TITLE, period, List.of("Case", "Received", "Status", "Clauses", "Finding", "Measure",
        "Closed", "Merged into", "Employee concerned", "Rank"),
        lines(period, leaveOut).stream().map(line -> List.of(line.caseNumber(), cell(line.receivedAt()),
            line.status(), line.clauses(), cell(line.finding()), cell(line.discipline()), cell(line.closedAt()),
            cell(line.mergedInto()), cell(line.employee()), cell(line.employeeRank()))).toList());
  }

  private Line line(Row row) {
    StaffMember employee = row.subjectId() == null ? null : roster.member(row.subjectId());
    // The finding and the measure as the case view and the forms spell them ("not-sustained", "written-reprimand").
    return new Line(row.caseNumber(), row.receivedAt(), row.status(), row.clauses(),
        row.finding() == null ? null : Finding.valueOf(row.finding()).value(),
        row.discipline() == null ? null : Discipline.valueOf(row.discipline()).value, row.closedAt(),
        row.mergedInto(), employee == null ? null : employee.fullName(),
        employee == null ? null : employee.rank());
  }
}
