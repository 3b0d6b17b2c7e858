package org.policy321.posting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.policy321.platform.documents.DocumentService;
import org.policy321.platform.documents.StoredDocument;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.platform.rest.ApiRefusal;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Chief's content guidelines (§I.B: "The Chief/designee may issue content guidelines"), as numbered versions: the
 * Chief or a designee publishes a version (title, text, effective date), the department's signed PDF/A of it is stored,
 * and the newest version is in force at once. A published version never changes: a change is a new version, which
 * every current authorized poster is then asked to acknowledge ({@link GuidelineAcknowledgements}). An official post is
 * filed only by a poster who acknowledged the version in force ({@link #requireAcknowledgedCurrent}).
 */
@Service
public class ContentGuidelines {

  static final int MAX_TITLE = 200;
  static final int MAX_TEXT = 50_000;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy");

  private final ContentGuidelineRepository guidelines;
  private final GuidelineAcknowledgementRepository acknowledgements;
  private final GuidelineAcknowledgements asking;
  private final GuidelineDocument document;
  private final AuthorizedPosters posters;
  private final PostingRoles roles;
  private final DocumentService documents;
  private final Clock clock;

  ContentGuidelines(ContentGuidelineRepository guidelines, GuidelineAcknowledgementRepository acknowledgements,
      GuidelineAcknowledgements asking, GuidelineDocument document, AuthorizedPosters posters, PostingRoles roles,
      DocumentService documents, Clock clock) {
    this.guidelines = guidelines;
    this.acknowledgements = acknowledgements;
    this.asking = asking;
    this.document = document;
    this.posters = posters;
    this.roles = roles;
    this.documents = documents;
    this.clock = clock;
  }

  /** What the Chief or a designee enters to publish a version. */
  public record Publication(String title, String text, LocalDate effectiveOn) {}

  /**
   * Publishes the next version: it is in force at once, supersedes the acknowledgements of the older ones, and every
   * current authorized poster is asked to acknowledge it.
   */
  @Transactional
  public ContentGuideline publish(String caller, Publication publication) {
    roles.requireGuidelineIssuer(caller);
    Publication given = publication == null ? new Publication(null, null, null) : publication;
    String title = FormValues.required(given.title(), "The title of the guidelines", MAX_TITLE);
    String text = FormValues.required(given.text(), "The text of the guidelines", MAX_TEXT);
    LocalDate effectiveOn = given.effectiveOn();
    if (effectiveOn == null) {
      throw new InvalidInputException("The day the guidelines take effect (effectiveOn, YYYY-MM-DD) is required.");
    }
    LocalDate today = LocalDate.now(clock);
    if (effectiveOn.isAfter(today)) {
      throw new InvalidInputException("A published version is in force at once, and posters acknowledge the version "
          + "they post under: publish these guidelines on the day they take effect, " + DATE.format(effectiveOn)
          + ", not before (Policy 3.21 §I.B).");
    }
    Optional<ContentGuideline> current = guidelines.findFirstByOrderByVersionDesc();
    if (current.isPresent() && effectiveOn.isBefore(current.get().effectiveOn())) {
      throw new InvalidInputException(current.get().label() + " took effect on "
          + DATE.format(current.get().effectiveOn()) + ": a newer version cannot take effect before it.");
    }
    int version = current.map(c -> c.version() + 1).orElse(1);
    OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    StoredDocument pdf = document.issue(version, title, text, effectiveOn, caller, now,
        current.map(ContentGuideline::version).orElse(null));
    try {
      guidelines.insert(version, title, text, effectiveOn, caller, now, pdf.id(), pdf.sha256());
    } catch (DuplicateKeyException e) {
      throw ApiRefusal.conflict("Version " + version + " of the content guidelines was published by someone else at "
          + "the same moment. Read it, then publish yours as the next version.");
    }
    ContentGuideline published = guidelines.findByVersion(version).orElseThrow();
    asking.supersedeOlderThan(version);
    posters.currentPosters().forEach(poster -> asking.request(published, poster));
    return published;
  }

  /** Every version, the newest (in force) first. */
  public List<ContentGuideline> all(String caller) {
    roles.requireGuidelineReader(caller);
    return guidelines.findAllByOrderByVersionDesc();
  }

  /** The version in force. */
  public ContentGuideline current(String caller) {
    roles.requireGuidelineReader(caller);
    return guidelines.findFirstByOrderByVersionDesc().orElseThrow(() -> ApiRefusal.notFound(
        "No content guidelines have been published yet (Policy 3.21 §I.B)."));
  }

  public ContentGuideline version(String caller, int version) {
    roles.requireGuidelineReader(caller);
    return existing(version);
  }

  /** The version as it was issued: the department's signed PDF/A. */
  public StoredDocument document(String caller, int version) {
    roles.requireGuidelineReader(caller);
    ContentGuideline guideline = existing(version);
    return documents.find(guideline.documentId()).orElseThrow(
        () -> new IllegalStateException("The document of " + guideline.label() + " is missing"));
  }

  /**
   * The version in force, which {@code userId} acknowledged: what an official post is checked against, and the
   * posting log names (§I.B, §II.C). Empty while no guidelines have been published.
   *
   * @throws InvalidInputException with a sentence for the poster, when they have not acknowledged the version in
   *     force (whether or not they acknowledged an older one)
   */
  public Optional<ContentGuideline> requireAcknowledgedCurrent(String userId) {
    Optional<ContentGuideline> current = guidelines.findFirstByOrderByVersionDesc();
    if (current.isEmpty()) {
      return current;
    }
    ContentGuideline inForce = current.get();
    List<GuidelineAcknowledgement> acknowledged = acknowledgements.findByPosterIdAndStatusOrderByGuidelineVersionDesc(
        userId, AcknowledgementStatus.ACKNOWLEDGED);
    if (!acknowledged.isEmpty() && acknowledged.get(0).guidelineVersion() == inForce.version()) {
      return current;
    }
    String inForceNamed = "content guidelines v" + inForce.version() + " (\"" + inForce.title() + "\", in force since "
        + DATE.format(inForce.effectiveOn()) + ")";
    String todo = " Acknowledge them in Tasklist (\"Acknowledge content guidelines v" + inForce.version()
        + "\") before you file or check an official post (Policy 3.21 §I.B). Nothing was recorded.";
    if (acknowledged.isEmpty()) {
      throw new InvalidInputException("You have not acknowledged the department's " + inForceNamed + "." + todo);
    }
    throw new InvalidInputException("You acknowledged content guidelines v" + acknowledged.get(0).guidelineVersion()
        + ", but the Chief has since issued " + inForceNamed + "." + todo);
  }

  private ContentGuideline existing(int version) {
    return guidelines.findByVersion(version).orElseThrow(() -> ApiRefusal.notFound(
        "There is no version " + version + " of the content guidelines."));
  }
}
