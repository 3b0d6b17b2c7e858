package org.policy321.posting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policy321.audit.register.RegisterPeriod;
import org.policy321.audit.register.RegisterTable;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.rest.ApiRefusal;
import org.policy321.posting.PostingLogEntry.LogKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The posting log as its readers and keepers reach it over {@code /api/posting/log} (§VI.B, §II.C): who reads it, who
 * corrects an entry (a new entry naming the old one, which stays as it was) and who records a take-down; and the log
 * of a period as a table for the CSV and PDF/A exports.
 *
 * <p>Readers: the Chief and designees (they approve posts), HR (who keeps the log, §VI.B), authorized posters (who
 * must keep the records of posts and approvals, §II.C) and auditors. Corrections: the Chief, designees, HR and current
 * authorized posters. Take-downs: the Chief, designees, and current authorized posters for the post's accounts.
 */
@Service
public class PostingLogService {

  static final String TITLE = "Social networking posting log";

  private final PostingLog log;
  private final OfficialPosts posts;
  private final Roster roster;
  private final Clock clock;

  PostingLogService(PostingLog log, OfficialPosts posts, Roster roster, Clock clock) {
    this.log = log;
    this.posts = posts;
    this.roster = roster;
    this.clock = clock;
  }

  /**
   * An entry as the API shows it: the entry, the people it names by rank and name (who recorded the step — the
   * approver of an approval —, the requester and the poster; null where the entry names nobody) and the corrections
   * made to it since.
   */
  public record EntryView(PostingLogEntry entry, String recordedByName, String requesterName, String posterName,
      List<Long> correctedBy) {}

  public List<EntryView> read(String caller, RegisterPeriod period, String postNumber) {
    requireReader(caller);
    List<PostingLogEntry> entries = postNumber == null || postNumber.isBlank()
        ? log.recorded(period.start(), period.endExclusive()) : log.of(postNumber.strip());
    Map<Long, List<Long>> corrections = corrections();
    return entries.stream().map(entry -> new EntryView(entry, name(entry.recordedBy()), nameOrNull(entry.requesterId()),
        nameOrNull(entry.posterId()), corrections.getOrDefault(entry.id(), List.of()))).toList();
  }

  public PostingLogEntry entry(String caller, long id) {
    requireReader(caller);
    return log.entry(id).orElseThrow(() -> ApiRefusal.notFound("The posting log has no entry " + id + "."));
  }

  /** What a correction says is correct, and why. */
  public record Correction(String publishedAt, String postUrl, String notation, String reason) {}

  /** A correction of entry {@code id}: a new entry naming it; the entry itself stays as it was. */
  @Transactional
  public PostingLogEntry correct(String caller, long id, Correction correction) {
    if (!roster.belongsTo(caller, Groups.CHIEF, Groups.DESIGNEE, Groups.HR) && !posts.isCurrentPoster(caller)) {
      throw ApiRefusal.notPermitted("Only the Chief of Police, a designee, Human Resources or an authorized poster "
          + "corrects the posting log (Policy 3.21 §II.C, §VI.B).");
    }
    PostingLogEntry corrected = log.entry(id).orElseThrow(
        () -> ApiRefusal.notFound("The posting log has no entry " + id + "."));
    String reason = FormValues.required(correction.reason(), "The reason for the correction");
    String notation = FormValues.optional(correction.notation(), "The corrected notation", FormValues.MAX_TEXT);
    OffsetDateTime publishedAt = PostTimes.parse(correction.publishedAt(), "The corrected publication time");
    String url = FormValues.webAddress(correction.postUrl(), "The corrected address");
    if ((publishedAt != null || url != null) && corrected.kind() != LogKind.PUBLISHED) {
      throw ApiRefusal.badInput("Entry " + id + " records " + corrected.kind() + ", not a publication: only a "
          + "publication's time and address are corrected; give the correct notation instead.");
    }
    if (publishedAt == null && url == null && notation == null) {
      throw ApiRefusal.badInput("Say what is correct: the publication time, the address, or the notation.");
    }
    return log.corrected(corrected, caller, capacity(caller), publishedAt, url, notation, reason, now());
  }

  /** A published post taken down, with the reason: its own entry (§VI.B). */
  @Transactional
  public PostingLogEntry takeDown(String caller, String postNumber, String reason) {
    if (!roster.belongsTo(caller, Groups.CHIEF, Groups.DESIGNEE) && !posts.isCurrentPoster(caller)) {
      throw ApiRefusal.notPermitted("Only an authorized poster, the Chief of Police or a designee takes down an "
          + "official post (Policy 3.21 §I.A, §VI.B).");
    }
    PostRecord post = posts.takeDown(postNumber, caller, reason);
    List<PostingLogEntry> entries = log.of(post.postNumber());
    return entries.get(entries.size() - 1);
  }

  /** The log of a period as the exports write it: one row per entry, people by rank and name. */
  public RegisterTable table(String caller, RegisterPeriod period) {
    requireReader(caller);
    List<List<String>> rows = new ArrayList<>();
    for (PostingLogEntry e : log.recorded(period.start(), period.endExclusive())) {
      rows.add(List.of(Long.toString(e.id()), e.postNumber(), e.kind().name(), RegisterTable.cell(e.recordedAt()),
          name(e.recordedBy()), cell(e.capacity()), cell(e.accounts()), cell(e.category()), name(e.requesterId()),
          cell(nameOrNull(e.posterId())), cell(e.postText()), cell(e.media()), cell(e.decision()),
          cell(e.notation()), cell(e.writtenAuthorization()), cell(e.screenResult()), cell(e.attestation()),
          cell(e.guidelineVersion()), RegisterTable.cell(e.publishedAt()), cell(e.postUrl()),
          e.publishedBeforeReview() == null ? "" : e.publishedBeforeReview() ? "yes" : "no", cell(e.reason()),
          e.correctsEntry() == null ? "" : Long.toString(e.correctsEntry())));
    }
    return new RegisterTable(TITLE, period, HEADINGS, rows);
  }

  static final List<String> HEADINGS = List.of("Entry", "Post", "Step", "Recorded at (UTC)", "Recorded by", "Capacity",
      "Accounts", "Category", "Requester", "Poster", "Text", "Media", "Decision", "Notation",
      "Written authorization (§IV)", "Screen (§IV)", "Attestation (§IV)", "Guideline version", "Published at (UTC)",
      "Address", "Published before review", "Reason", "Corrects entry");

  String readerName(String caller) {
    return roster.member(caller).signature();
  }

  /** Whether the caller reads the log: what the pages ask before they offer it (the rule {@link #read} enforces). */
  public boolean mayRead(String caller) {
    return roster.belongsTo(caller, Groups.CHIEF, Groups.DESIGNEE, Groups.HR, Groups.SOCIAL_MEDIA, Groups.AUDITOR);
  }

  void requireReader(String caller) {
    if (!mayRead(caller)) {
      throw ApiRefusal.notPermitted("The posting log is kept for the Chief of Police, designees, Human Resources, "
          + "authorized posters and auditors (Policy 3.21 §II.C, §VI.B).");
    }
  }

  private Map<Long, List<Long>> corrections() {
    Map<Long, List<Long>> byEntry = new HashMap<>();
    for (long[] pair : log.allCorrections()) {
      byEntry.computeIfAbsent(pair[0], id -> new ArrayList<>()).add(pair[1]);
    }
    return byEntry;
  }

  private String capacity(String caller) {
    if (roster.belongsTo(caller, Groups.CHIEF)) {
      return "Chief of Police";
    }
    if (roster.belongsTo(caller, Groups.DESIGNEE)) {
      return "designee of the Chief of Police";
    }
    return roster.belongsTo(caller, Groups.HR) ? "Human Resources (§VI.B)" : "authorized poster (§I.A)";
  }

  /** A person by rank and name; the application's own steps by that name. */
  private String name(String userId) {
    return userId == null ? "the application" : roster.nameOf(userId);
  }

  private String nameOrNull(String userId) {
    return userId == null ? null : roster.nameOf(userId);
  }

  private static String cell(String text) {
    return text == null ? "" : text;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
