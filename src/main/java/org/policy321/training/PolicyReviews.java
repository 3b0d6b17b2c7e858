package org.policy321.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual review of Policy 3.21 (§VI.A): opened with the year's input, decided by the Chief or HR — no change,
 * or revised with the revision's date and a summary, which enters the register of revisions ({@link PolicyRevisions}).
 */
@Service
public class PolicyReviews {

  private final NamedParameterJdbcTemplate jdbc;
  private final YearInput yearInput;
  private final PolicyRevisions revisions;
  private final Roster roster;
  private final Clock clock;

  PolicyReviews(NamedParameterJdbcTemplate jdbc, YearInput yearInput, PolicyRevisions revisions, Roster roster,
      Clock clock) {
    this.jdbc = jdbc;
    this.yearInput = yearInput;
    this.revisions = revisions;
    this.roster = roster;
    this.clock = clock;
  }

  /** One review as recorded. */
  public record Review(long id, int year, String processInstanceId, String input, OffsetDateTime openedAt,
      String outcome, Long revisionId, String note, String decidedBy, OffsetDateTime decidedAt) {

    public String number() {
      return PolicyAnnualReview.NUMBER_PREFIX + id;
    }
  }

  /** Opens this year's review with the input of the twelve months before now. */
  @Transactional
  public Review open(String processInstanceId) {
    OffsetDateTime now = now();
    String input = yearInput.between(now.minusYears(1), now).text(now.minusYears(1), now);
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update("INSERT INTO policy_review (review_year, process_instance_id, input_summary, opened_at) "
        + "VALUES (:year, :pid, :input, :at)", new MapSqlParameterSource().addValue("year", now.getYear())
        .addValue("pid", processInstanceId).addValue("input", input).addValue("at", now), key, new String[] {"id"});
    return get(key.getKey().longValue());
  }

  public Review get(long id) {
    return jdbc.query("SELECT * FROM policy_review WHERE id = :id", Map.of("id", id), (rs, n) -> new Review(
        rs.getLong("id"), rs.getInt("review_year"), rs.getString("process_instance_id"), rs.getString("input_summary"),
        rs.getObject("opened_at", OffsetDateTime.class), rs.getString("outcome"),
        rs.getObject("revision_id") == null ? null : rs.getLong("revision_id"), rs.getString("note"),
        rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class))).get(0);
  }

  public Optional<Review> ofProcessInstance(String processInstanceId) {
    return jdbc.queryForList("SELECT id FROM policy_review WHERE process_instance_id = :pid",
        Map.of("pid", processInstanceId), Long.class).stream().findFirst().map(this::get);
  }

  public List<Review> all() {
    return jdbc.queryForList("SELECT id FROM policy_review ORDER BY id", Map.of(), Long.class).stream().map(this::get)
        .toList();
  }

  /**
   * The Chief's or HR's outcome: no change (a note is welcome), or revised — the revision's date (after the current
   * revision's, not in the future) and a summary of what changed, required; the revision is recorded.
   */
  @Transactional
  public Optional<PolicyRevision> decide(long id, String actor, String outcome, String revisionDate, String summary,
      String note) {
    Review review = get(id);
    if (!roster.belongsTo(actor, Groups.CHIEF, Groups.HR)) {
      throw new InvalidInputException("Only the Chief of Police or Human Resources reviews the policy (§VI.A).");
    }
    if (review.outcome() != null) {
      throw new InvalidInputException("Review " + review.number() + " was decided already; nothing was changed.");
    }
    String chosen = FormValues.required(outcome, "The outcome of the review", 20);
    if (!PolicyAnnualReview.Outcomes.ALL.contains(chosen)) {
      throw new InvalidInputException("Choose the outcome: no change, or revised.");
    }
    String why = FormValues.optional(note, "The note", FormValues.MAX_TEXT);
    Long revisionId = null;
    Optional<PolicyRevision> revision = Optional.empty();
    if (PolicyAnnualReview.Outcomes.REVISED.equals(chosen)) {
      LocalDate date = date(FormValues.required(revisionDate, "The revision date", 40));
      String what = FormValues.required(summary, "The summary of the revision");
      revision = Optional.of(revisions.record(date, what, actor, review.processInstanceId()));
      revisionId = revision.get().id();
    }
    jdbc.update("UPDATE policy_review SET outcome = :outcome, revision_id = :revision, note = :note, decided_by = :by, "
        + "decided_at = :at WHERE id = :id", new MapSqlParameterSource().addValue("outcome", chosen)
        .addValue("revision", revisionId).addValue("note", why).addValue("by", actor).addValue("at", now())
        .addValue("id", id));
    return revision;
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("The revision date \"" + text + "\" is not a date such as 2027-01-20.");
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
