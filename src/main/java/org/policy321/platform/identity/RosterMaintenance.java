package org.policy321.platform.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.rest.ApiRefusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster as HR keeps it (issue 15): members added with their hire date, rank, unit and supervisor (which starts
 * their training, §VI.A), rank, unit and supervisor changed, a leaving date recorded. Every change is a row of the
 * append-only {@code roster_change} log: who changed what, from what to what, when. On the leaving date the leaver's
 * open tasks and the people they supervise go to the next supervisor up (HR when there is none), and they leave the
 * group {@code employee}, which puts their approvals up for review (§III.R) and withdraws their open trainings.
 * Only HR changes the roster; HR and auditors read it and its log.
 */
@Service
public class RosterMaintenance {

  /** Who handed over a leaver's tasks and people on their leaving date, when HR recorded it in advance. */
  public static final String SYSTEM = "system";

  private final NamedParameterJdbcTemplate jdbc;
  private final Roster roster;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  RosterMaintenance(NamedParameterJdbcTemplate jdbc, Roster roster, IdentityService identityService,
      TaskService taskService, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.roster = roster;
    this.identityService = identityService;
    this.taskService = taskService;
    this.events = events;
    this.clock = clock;
  }

  /** One member as the roster's readers see them; the names as people read them ("Sergeant Ana Ruiz"). */
  public record Member(String userId, String firstName, String lastName, String rank, String unit, String supervisorId,
      LocalDate hireDate, LocalDate leavingDate, OffsetDateTime handedOverAt, String name, String supervisorName) {}

  /** What the caller may do with the roster: the HR page shows its forms, Tasklist its link, only when they may. */
  public record Access(boolean mayRead, boolean mayChange) {}

  /** What HR enters to add a member; dates as ISO text (2026-12-01). */
  public record NewMember(String userId, String firstName, String lastName, String rank, String unit,
      String supervisorId, String hireDate) {}

  /** What HR changes: each field given is changed, each left out stays. */
  public record Change(String rank, String unit, String supervisorId) {}

  /** One row of the change log; whom it concerns and who changed it named as people read them. */
  public record RosterChange(long id, String userId, String field, String oldValue, String newValue, String changedBy,
      OffsetDateTime changedAt, String name, String changedByName) {}

  public Access access(String caller) {
    return new Access(roster.belongsTo(caller, Groups.HR, Groups.AUDITOR), roster.belongsTo(caller, Groups.HR));
  }

  public List<Member> members(String caller) {
    requireReader(caller);
    return jdbc.query("SELECT * FROM roster_entry ORDER BY last_name, first_name, user_id", Map.of(), this::member);
  }

  public Member member(String caller, String userId) {
    requireReader(caller);
    return find(userId).orElseThrow(() -> ApiRefusal.notFound("\"" + userId + "\" is not on the roster."));
  }

  /** The change log, oldest first: of one member, or of everyone (userId null). */
  public List<RosterChange> changes(String caller, String userId) {
    requireReader(caller);
    // The log grows with every change while the people in it stay few: each name is looked up once per call.
    Map<String, String> names = new HashMap<>();
    return jdbc.query("SELECT * FROM roster_change" + (userId == null ? "" : " WHERE user_id = :user") + " ORDER BY id",
        userId == null ? Map.of() : Map.of("user", userId), (rs, n) -> new RosterChange(rs.getLong("id"),
            rs.getString("user_id"), rs.getString("what_changed"), rs.getString("old_value"), rs.getString("new_value"),
            rs.getString("changed_by"), rs.getObject("changed_at", OffsetDateTime.class),
            names.computeIfAbsent(rs.getString("user_id"), roster::nameOf),
            names.computeIfAbsent(rs.getString("changed_by"), this::changedByName)));
  }

  /** Adds a member of the department: their account exists (Camunda Admin); they join the group employee. */
  @Transactional
  public Member add(String caller, NewMember member) {
    requireHr(caller);
    String userId = FormValues.required(member.userId(), "The member's user name", 64);
    if (SystemAuthority.callAsNobody(identityService, () -> identityService.createUserQuery().userId(userId).count()) == 0) {
      throw ApiRefusal.badInput("There is no account \"" + userId + "\"; an administrator creates it in Camunda Admin "
          + "first.");
    }
    if (find(userId).isPresent()) {
      throw ApiRefusal.conflict(roster.nameOf(userId) + " is on the roster already; change their entry instead.");
    }
    String firstName = FormValues.required(member.firstName(), "The first name", 100);
    String lastName = FormValues.required(member.lastName(), "The last name", 100);
    String rank = FormValues.required(member.rank(), "The rank", 100);
    String unit = FormValues.required(member.unit(), "The unit", 100);
    LocalDate hired = date(member.hireDate(), "The hire date");
    String supervisor = supervisor(userId, member.supervisorId());
    jdbc.update("INSERT INTO roster_entry (user_id, first_name, last_name, rank_title, unit, supervisor_id, hire_date) "
        + "VALUES (:user, :first, :last, :rank, :unit, :supervisor, :hired)", new MapSqlParameterSource()
        .addValue("user", userId).addValue("first", firstName).addValue("last", lastName).addValue("rank", rank)
        .addValue("unit", unit).addValue("supervisor", supervisor).addValue("hired", hired));
    OffsetDateTime now = now();
    log(userId, "name", null, firstName + " " + lastName, caller, now);
    log(userId, "rank", null, rank, caller, now);
    log(userId, "unit", null, unit, caller, now);
    log(userId, "supervisor", null, supervisor, caller, now);
    log(userId, "hire date", null, hired.toString(), caller, now);
    SystemAuthority.callAsNobody(identityService, () -> {
      if (identityService.createUserQuery().userId(userId).memberOfGroup(Groups.EMPLOYEE).count() == 0) {
        identityService.createMembership(userId, Groups.EMPLOYEE);
      }
      return null;
    });
    // A member who was in the group already: their hire date is what makes them a new hire (§VI.A).
    events.publishEvent(new StaffJoined(userId));
    return find(userId).orElseThrow();
  }

  @Transactional
  public Member change(String caller, String userId, Change change) {
    requireHr(caller);
    Member current = current(userId);
    OffsetDateTime now = now();
    if (change.rank() != null) {
      String rank = FormValues.required(change.rank(), "The rank", 100);
      update(userId, "rank_title", rank);
      log(userId, "rank", current.rank(), rank, caller, now);
    }
    if (change.unit() != null) {
      String unit = FormValues.required(change.unit(), "The unit", 100);
      update(userId, "unit", unit);
      log(userId, "unit", current.unit(), unit, caller, now);
    }
    if (change.supervisorId() != null) {
      String supervisor = supervisor(userId, change.supervisorId());
      update(userId, "supervisor_id", supervisor);
      log(userId, "supervisor", current.supervisorId(), supervisor, caller, now);
    }
    if (change.rank() == null && change.unit() == null && change.supervisorId() == null) {
      throw ApiRefusal.badInput("Give the rank, the unit or the supervisor to change.");
    }
    return find(userId).orElseThrow();
  }

  /** Records the leaving date; on or before today the leaver's tasks and people are handed over at once. */
  @Transactional
  public Member recordLeaving(String caller, String userId, String leavingDate) {
    requireHr(caller);
    Member current = current(userId);
    LocalDate leaves = date(leavingDate, "The leaving date");
    if (current.hireDate() != null && leaves.isBefore(current.hireDate())) {
      throw ApiRefusal.badInput("The leaving date " + leaves + " is before the hire date " + current.hireDate() + ".");
    }
    update(userId, "leaving_date", leaves);
    log(userId, "leaving date", null, leaves.toString(), caller, now());
    if (!leaves.isAfter(LocalDate.now(clock))) {
      handOver(userId, caller);
    }
    return find(userId).orElseThrow();
  }

  /** Every night: the leavers whose leaving date has come are handed over. */
  @Scheduled(cron = "${policy.identity.roster-handover-cron:0 15 0 * * *}")
  @Transactional
  public void handOverDue() {
    for (String userId : jdbc.queryForList("SELECT user_id FROM roster_entry WHERE leaving_date <= :today "
        + "AND handed_over_at IS NULL", Map.of("today", LocalDate.now(clock)), String.class)) {
      handOver(userId, SYSTEM);
    }
  }

  private void handOver(String userId, String by) {
    String nextUp = roster.supervisorOf(userId).orElse(null);
    OffsetDateTime now = now();
    for (String report : jdbc.queryForList("SELECT user_id FROM roster_entry WHERE supervisor_id = :user "
        + "AND leaving_date IS NULL", Map.of("user", userId), String.class)) {
      update(report, "supervisor_id", nextUp);
      log(report, "supervisor", userId, nextUp, by, now);
    }
    SystemAuthority.callAsNobody(identityService, () -> {
      // Leaving the group employee is leaving the department (StaffLeft): approvals reviewed, trainings withdrawn.
      if (identityService.createUserQuery().userId(userId).memberOfGroup(Groups.EMPLOYEE).count() > 0) {
        identityService.deleteMembership(userId, Groups.EMPLOYEE);
      }
      handOverTasks(userId, nextUp);
      return null;
    });
    jdbc.update("UPDATE roster_entry SET handed_over_at = :at WHERE user_id = :user", Map.of("at", now, "user", userId));
    log(userId, "handed over", null, nextUp == null ? Groups.HR : nextUp, by, now);
  }

  /** Their assigned tasks go to the next supervisor up, the tasks offered to them personally as well. */
  private void handOverTasks(String userId, String nextUp) {
    Set<String> handled = new HashSet<>();
    for (Task task : taskService.createTaskQuery().taskAssignee(userId).list()) {
      handled.add(task.getId());
      taskService.setAssignee(task.getId(), nextUp);
      if (nextUp == null) {
        taskService.addCandidateGroup(task.getId(), Groups.HR);
      }
    }
    for (Task task : taskService.createTaskQuery().taskCandidateUser(userId).list()) {
      if (handled.add(task.getId()) && taskService.getIdentityLinksForTask(task.getId()).stream()
          .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && userId.equals(link.getUserId()))) {
        taskService.deleteCandidateUser(task.getId(), userId);
        if (nextUp != null) {
          taskService.addCandidateUser(task.getId(), nextUp);
        } else {
          taskService.addCandidateGroup(task.getId(), Groups.HR);
        }
      }
    }
  }

  /** A supervisor on the roster who has not left, not the member, and not someone they supervise themselves. */
  private String supervisor(String userId, String supervisorId) {
    String supervisor = FormValues.blankToNull(supervisorId);
    if (supervisor == null) {
      return null;
    }
    Member chosen = find(supervisor).filter(m -> m.leavingDate() == null).orElseThrow(() -> ApiRefusal.badInput(
        "The supervisor \"" + supervisor + "\" is not a current member of the roster."));
    Set<String> chain = new HashSet<>();
    for (String up = chosen.userId(); up != null && chain.add(up); up = roster.supervisorOf(up).orElse(null)) {
      if (up.equals(userId)) {
        throw ApiRefusal.badInput(roster.nameOf(supervisor) + " cannot supervise " + roster.nameOf(userId)
            + ": the chain of command would lead back to them.");
      }
    }
    return chosen.userId();
  }

  private Member current(String userId) {
    Member member = find(userId).orElseThrow(() -> ApiRefusal.notFound("\"" + userId + "\" is not on the roster."));
    if (member.leavingDate() != null) {
      throw ApiRefusal.conflict(roster.nameOf(userId) + " left the department on " + member.leavingDate()
          + "; their entry is no longer changed.");
    }
    return member;
  }

  private Optional<Member> find(String userId) {
    return jdbc.query("SELECT * FROM roster_entry WHERE user_id = :user", Map.of("user", userId), this::member)
        .stream().findFirst();
  }

  private Member member(ResultSet rs, int row) throws SQLException {
    String userId = rs.getString("user_id");
    String supervisorId = rs.getString("supervisor_id");
    return new Member(userId, rs.getString("first_name"), rs.getString("last_name"), rs.getString("rank_title"),
        rs.getString("unit"), supervisorId, rs.getObject("hire_date", LocalDate.class),
        rs.getObject("leaving_date", LocalDate.class), rs.getObject("handed_over_at", OffsetDateTime.class),
        roster.nameOf(userId), roster.nameOf(supervisorId));
  }

  /** The nightly hand-over is the application's own step, not a person's. */
  private String changedByName(String changedBy) {
    return SYSTEM.equals(changedBy) ? "the application, on the leaving date" : roster.nameOf(changedBy);
  }

  private void update(String userId, String column, Object value) {
    jdbc.update("UPDATE roster_entry SET " + column + " = :value WHERE user_id = :user",
        new MapSqlParameterSource().addValue("value", value).addValue("user", userId));
  }

  private void log(String userId, String field, String oldValue, String newValue, String by, OffsetDateTime at) {
    if (Objects.equals(oldValue, newValue) && oldValue != null) {
      return;
    }
    jdbc.update("INSERT INTO roster_change (user_id, what_changed, old_value, new_value, changed_by, changed_at) "
        + "VALUES (:user, :field, :old, :new, :by, :at)", new MapSqlParameterSource().addValue("user", userId)
        .addValue("field", field).addValue("old", oldValue).addValue("new", newValue).addValue("by", by)
        .addValue("at", at));
  }

  private static LocalDate date(String text, String what) {
    String value = FormValues.blankToNull(text);
    if (value == null) {
      throw ApiRefusal.badInput(what + " is required.");
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiRefusal.badInput(what + " \"" + value + "\" is not a date such as 2026-12-01.");
    }
  }

  private void requireHr(String caller) {
    if (!roster.belongsTo(caller, Groups.HR)) {
      throw ApiRefusal.notPermitted("Only Human Resources keeps the roster.");
    }
  }

  private void requireReader(String caller) {
    if (!roster.belongsTo(caller, Groups.HR, Groups.AUDITOR)) {
      throw ApiRefusal.notPermitted("The roster is read by Human Resources and auditors.");
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
