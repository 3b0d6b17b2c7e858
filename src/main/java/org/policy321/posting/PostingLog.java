package org.policy321.posting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.policy321.posting.OfficialPost.Decisions;
import org.policy321.posting.PostingLogEntry.LogKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The social networking posting log (§VI.B, §II.C): every step of every official post, appended in the step's own
 * transaction, so a step and its entry are kept together or not at all. Append-only: this class is the only code that
 * touches the table, and it only inserts and reads; the database refuses any update or delete of it as well
 * ({@code PostingLogAppendOnly}, migration 12.3). A mistake is corrected by a new entry naming the old one.
 */
@Repository
public class PostingLog {

  private static final int MAX = 4000;

  private final JdbcClient jdbc;

  PostingLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // --- the steps --------------------------------------------------------------------------------------------------

  void filed(PostRecord post, String accounts, String by, OffsetDateTime at) {
    append(base(post, accounts, post.filedByPoster() ? LogKind.FILED : LogKind.REQUESTED, by, at)
        .text(post).build());
  }

  void supervisorDecided(PostRecord post, String accounts, String by, boolean forwarded, String note,
      OffsetDateTime at) {
    append(base(post, accounts, forwarded ? LogKind.FORWARDED : LogKind.DECLINED, by, at)
        .capacity("supervisor (chain of command, §I.B)").notation(note).build());
  }

  void screened(PostRecord post, String accounts, List<PostScreen.Flag> flags, OffsetDateTime at) {
    append(base(post, accounts, LogKind.SCREENED, null, at)
        .screen(flags.isEmpty() ? "no flags" : PostScreen.describe(flags)).build());
  }

  void attested(PostRecord post, String accounts, String by, String attestation, boolean conforms,
      String guidelineVersion, String route, OffsetDateTime at) {
    append(base(post, accounts, LogKind.ATTESTED, by, at).capacity("authorized poster (§I.A)")
        .attestation(attestation + (conforms ? "; conforms to the content guidelines"
            : "; does not strictly conform to the content guidelines"))
        .guidelineVersion(guidelineVersion).decision(route).build());
  }

  void decided(PostRecord post, String accounts, String by, String capacity, String decision, String notation,
      String writtenAuthorization, OffsetDateTime at) {
    LogKind kind = switch (decision) {
      case Decisions.APPROVE -> LogKind.APPROVED;
      case Decisions.CHANGES -> LogKind.CHANGES_REQUESTED;
      default -> LogKind.REJECTED;
    };
    append(base(post, accounts, kind, by, at).capacity(capacity).decision(decision).notation(notation)
        .writtenAuthorization(writtenAuthorization).build());
  }

  void revised(PostRecord post, String accounts, String by, OffsetDateTime at) {
    append(base(post, accounts, LogKind.REVISED, by, at).capacity("authorized poster (§I.A)").text(post).build());
  }

  void published(PostRecord post, String accounts, String by, OfficialPosts.Publication publication,
      boolean beforeReview, String guidelineVersion, OffsetDateTime at) {
    append(base(post, accounts, LogKind.PUBLISHED, by, at)
        .capacity(by == null ? "publication connector" : "authorized poster (§I.A)").text(post)
        .published(publication.publishedAt(), publication.url(), beforeReview).guidelineVersion(guidelineVersion)
        .build());
  }

  void reviewed(PostRecord post, String accounts, String by, String capacity, String outcome, String notation,
      OffsetDateTime at) {
    append(base(post, accounts, LogKind.REVIEWED, by, at).capacity(capacity).decision(outcome).notation(notation)
        .build());
  }

  void reviewOverdue(PostRecord post, String accounts, String deadline, OffsetDateTime at) {
    append(base(post, accounts, LogKind.REVIEW_OVERDUE, null, at)
        .reason("Published at once as an urgent notice and not reviewed within " + deadline + ".").build());
  }

  void takenDown(PostRecord post, String accounts, String by, String reason, OffsetDateTime at) {
    append(base(post, accounts, LogKind.TAKEN_DOWN, by, at).reason(reason).build());
  }

  /** A correction of {@code corrected}: its own entry, with the corrected values and why. */
  PostingLogEntry corrected(PostingLogEntry corrected, String by, String capacity, OffsetDateTime publishedAt,
      String postUrl, String notation, String reason, OffsetDateTime at) {
    return append(new Builder(corrected.postNumber(), LogKind.CORRECTION, at, by, corrected.accounts(),
        corrected.category(), corrected.requesterId(), corrected.posterId()).capacity(capacity)
        .published(publishedAt, postUrl, null).notation(notation).reason(reason).corrects(corrected.id()).build());
  }

  // --- reading ----------------------------------------------------------------------------------------------------

  /** The entries recorded in [from, to), oldest first. */
  public List<PostingLogEntry> recorded(OffsetDateTime from, OffsetDateTime toExclusive) {
    return jdbc.sql("SELECT * FROM posting_log_entry WHERE recorded_at >= :from AND recorded_at < :to ORDER BY id")
        .param("from", from).param("to", toExclusive).query(PostingLogEntry.class).list();
  }

  /** The entries of one post, oldest first. */
  public List<PostingLogEntry> of(String postNumber) {
    return jdbc.sql("SELECT * FROM posting_log_entry WHERE post_number = :number ORDER BY id")
        .param("number", postNumber).query(PostingLogEntry.class).list();
  }

  public Optional<PostingLogEntry> entry(long id) {
    return jdbc.sql("SELECT * FROM posting_log_entry WHERE id = :id").param("id", id)
        .query(PostingLogEntry.class).optional();
  }

  /** Every correction as {corrected entry, correcting entry}, oldest first. */
  List<long[]> allCorrections() {
    return jdbc.sql("SELECT corrects_entry, id FROM posting_log_entry WHERE corrects_entry IS NOT NULL ORDER BY id")
        .query((row, n) -> new long[] {row.getLong(1), row.getLong(2)}).list();
  }

  // --- writing ----------------------------------------------------------------------------------------------------

  private PostingLogEntry append(PostingLogEntry entry) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO posting_log_entry (post_number, kind, recorded_at, recorded_by, capacity, accounts, category,
                requester_id, poster_id, intended_at, post_text, media, decision, notation, written_authorization,
                screen_result, attestation, guideline_version, published_at, post_url, published_before_review,
                reason, corrects_entry)
            VALUES (:postNumber, :kind, :recordedAt, :recordedBy, :capacity, :accounts, :category, :requesterId,
                :posterId, :intendedAt, :postText, :media, :decision, :notation, :writtenAuthorization,
                :screenResult, :attestation, :guidelineVersion, :publishedAt, :postUrl, :publishedBeforeReview,
                :reason, :correctsEntry)""")
        .param("postNumber", entry.postNumber()).param("kind", entry.kind().name())
        .param("recordedAt", entry.recordedAt()).param("recordedBy", entry.recordedBy())
        .param("capacity", entry.capacity()).param("accounts", cut(entry.accounts(), 2000))
        .param("category", entry.category()).param("requesterId", entry.requesterId())
        .param("posterId", entry.posterId()).param("intendedAt", entry.intendedAt())
        .param("postText", entry.postText()).param("media", cut(entry.media(), 600))
        .param("decision", entry.decision()).param("notation", entry.notation())
        .param("writtenAuthorization", entry.writtenAuthorization())
        .param("screenResult", cut(entry.screenResult(), MAX)).param("attestation", entry.attestation())
        .param("guidelineVersion", entry.guidelineVersion()).param("publishedAt", entry.publishedAt())
        .param("postUrl", entry.postUrl()).param("publishedBeforeReview", entry.publishedBeforeReview())
        .param("reason", entry.reason()).param("correctsEntry", entry.correctsEntry())
        .update(key, "id");
    return entry(key.getKeyAs(Number.class).longValue()).orElseThrow();
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static Builder base(PostRecord post, String accounts, LogKind kind, String by, OffsetDateTime at) {
    return new Builder(post.postNumber(), kind, at, by, accounts, post.category(), post.requesterId(),
        post.posterId()).intendedAt(post.intendedAt());
  }

  /** The fields of one entry; those a step does not set stay null. */
  private static final class Builder {
    private final String postNumber;
    private final LogKind kind;
    private final OffsetDateTime recordedAt;
    private final String recordedBy;
    private final String accounts;
    private final String category;
    private final String requesterId;
    private final String posterId;
    private String capacity;
    private OffsetDateTime intendedAt;
    private String postText;
    private String media;
    private String decision;
    private String notation;
    private String writtenAuthorization;
    private String screenResult;
    private String attestation;
    private String guidelineVersion;
    private OffsetDateTime publishedAt;
    private String postUrl;
    private Boolean publishedBeforeReview;
    private String reason;
    private Long correctsEntry;

    Builder(String postNumber, LogKind kind, OffsetDateTime recordedAt, String recordedBy, String accounts,
        String category, String requesterId, String posterId) {
      this.postNumber = postNumber;
      this.kind = kind;
      this.recordedAt = recordedAt;
      this.recordedBy = recordedBy;
      this.accounts = accounts;
      this.category = category;
      this.requesterId = requesterId;
      this.posterId = posterId;
    }

    Builder capacity(String value) {
      capacity = value;
      return this;
    }

    Builder intendedAt(OffsetDateTime value) {
      intendedAt = value;
      return this;
    }

    Builder text(PostRecord post) {
      postText = post.postText();
      media = post.media() == null ? null : post.media().describe();
      return this;
    }

    Builder decision(String value) {
      decision = value;
      return this;
    }

    Builder notation(String value) {
      notation = value;
      return this;
    }

    Builder writtenAuthorization(String value) {
      writtenAuthorization = value;
      return this;
    }

    Builder screen(String value) {
      screenResult = value;
      return this;
    }

    Builder attestation(String value) {
      attestation = value;
      return this;
    }

    Builder guidelineVersion(String value) {
      guidelineVersion = value;
      return this;
    }

    Builder published(OffsetDateTime at, String url, Boolean beforeReview) {
      publishedAt = at;
      postUrl = url;
      publishedBeforeReview = beforeReview;
      return this;
    }

    Builder reason(String value) {
      reason = value;
      return this;
    }

    Builder corrects(Long id) {
      correctsEntry = id;
      return this;
    }

    PostingLogEntry build() {
      return new PostingLogEntry(null, postNumber, kind, recordedAt, recordedBy, capacity, accounts, category,
          requesterId, posterId, intendedAt, postText, media, decision, notation, writtenAuthorization, screenResult,
          attestation, guidelineVersion, publishedAt, postUrl, publishedBeforeReview, reason, correctsEntry);
    }
  }
}
