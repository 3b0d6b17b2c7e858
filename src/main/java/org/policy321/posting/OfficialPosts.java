package org.policy321.posting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.policy321.platform.documents.DocumentService;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.platform.forms.Upload;
import org.policy321.platform.forms.UploadCheck;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.rest.ApiRefusal;
import org.policy321.posting.OfficialPost.Decisions;
import org.policy321.posting.OfficialPost.ReviewOutcomes;
import org.policy321.posting.OfficialPost.Routes;
import org.policy321.posting.OfficialPost.SupervisorDecisions;
import org.policy321.violation.PolicyClause;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of an official post's way (§I.A, §I.B, §II.C, §IV, §VI.B), for the steps of {@code official-post}: who
 * files directly and who requests through the chain of command, what a draft must hold, who checks it and attests
 * the §IV items, where it goes then, who may approve it — a §IV item only with the Chief's express written
 * authorization — and who publishes and takes it down. Refusals are {@link InvalidInputException}s with the sentence
 * the person acts on; the step is then not taken and nothing is recorded. Every step taken is an entry of the
 * {@link PostingLog}.
 */
@Service
public class OfficialPosts {

  /** The longest post the records keep. */
  static final int MAX_TEXT = FormValues.MAX_TEXT;
  /** A clock a few minutes off is no reason to refuse "it went out just now". */
  private static final long CLOCK_SLACK_MINUTES = 5;

  private final PostRecordRepository posts;
  private final OfficialAccountRepository accounts;
  private final AuthorizedPosters posters;
  private final PosterAuthorizationRepository authorizations;
  private final PostScreen screen;
  private final PostingLog log;
  private final OfficialPostProperties properties;
  private final ContentGuidelines guidelines;
  private final Roster roster;
  private final Clock clock;

  OfficialPosts(PostRecordRepository posts, OfficialAccountRepository accounts, AuthorizedPosters posters,
      PosterAuthorizationRepository authorizations, PostScreen screen, PostingLog log,
      OfficialPostProperties properties, Roster roster, ContentGuidelines guidelines, Clock clock) {
    this.posts = posts;
    this.accounts = accounts;
    this.posters = posters;
    this.authorizations = authorizations;
    this.screen = screen;
    this.log = log;
    this.properties = properties;
    this.roster = roster;
    this.guidelines = guidelines;
    this.clock = clock;
  }

  /**
   * The content guidelines the poster checks the post against (§I.B), as the log names them ("v3"); none before the
   * Chief has published any. Refuses, with a sentence, a poster who has not acknowledged the version in force.
   */
  String guidelineVersionCheckedFor(String posterId) {
    return guidelines.requireAcknowledgedCurrent(posterId).map(guideline -> "v" + guideline.version()).orElse(null);
  }

  /**
   * The version the post was checked against, named again on its publication: the poster's acknowledged current
   * version, or none when a newer version came out between the check and the publication (the check's entry in the
   * log names the version it was made against).
   */
  private String guidelineVersionAtPublication(String posterId) {
    try {
      return guidelineVersionCheckedFor(posterId);
    } catch (InvalidInputException newerVersionSinceTheCheck) {
      return null;
    }
  }

  // --- the draft --------------------------------------------------------------------------------------------------

  /** What the draft form (or a REST client) sends. */
  record Draft(String accounts, String text, Upload media, Object intendedAt, String category, Boolean urgent) {}

  /**
   * Checks and records a draft: filed directly by a current authorized poster for accounts their authorization
   * covers, or otherwise a request for the member's supervisor (§I.B). Numbers it OP-year-sequence.
   */
  @Transactional
  public PostRecord register(String processInstanceId, String requesterId, Draft draft) {
    String text = FormValues.required(draft.text(), "The text of the post", MAX_TEXT);
    PostCategory category = PostCategory.of(draft.category());
    List<OfficialAccount> chosen = chosenAccounts(draft.accounts());
    PostMedia media = media(draft.media());
    OffsetDateTime intendedAt = PostTimes.parse(draft.intendedAt(), "The intended time");
    OffsetDateTime now = now();
    if (intendedAt != null && intendedAt.isBefore(now.truncatedTo(ChronoUnit.DAYS))) {
      throw new InvalidInputException("The intended time " + intendedAt.toLocalDate() + " is in the past; give a "
          + "time from today on, or leave it empty.");
    }
    Optional<PosterAuthorization> authorization = posters.current(requesterId);
    boolean urgent = Boolean.TRUE.equals(draft.urgent());
    if (urgent && category != PostCategory.CRITICAL_INCIDENT_NOTICE) {
      throw new InvalidInputException("Only a critical incident notice goes out at once and is reviewed afterwards "
          + "(Purpose 6); a post of the kind \"" + category.label + "\" is not urgent: untick \"urgent\".");
    }
    if (urgent && authorization.isEmpty()) {
      throw new InvalidInputException("Only a current authorized poster publishes a critical incident notice at once "
          + "(§I.A, Purpose 6)" + formerly(requesterId) + ". Untick \"urgent\": your draft then goes to your "
          + "supervisor, who forwards it to an authorized poster (§I.B).");
    }
    authorization.ifPresent(granted -> requireCovered(granted, chosen, "you"));
    if (authorization.isPresent()) {
      guidelineVersionCheckedFor(requesterId); // a poster files only under the guidelines they acknowledged (§I.B)
    }
    PostRecord post = posts.save(new PostRecord(null, nextNumber(now.getYear()), processInstanceId, requesterId,
        authorization.isPresent(), category.value, urgent, intendedAt, text, media == null ? null : media.name(),
        media == null ? null : media.type(), media == null ? null : media.size(), media == null ? null : media.sha256(),
        authorization.isPresent() ? requesterId : null, null,
        authorization.isPresent() ? PostStatus.WITH_POSTER : PostStatus.WITH_SUPERVISOR, null, null, null, now, null,
        Set.copyOf(chosen.stream().map(account -> new PostAccount(account.id())).toList())));
    log.filed(post, labels(post), requesterId, now);
    return post;
  }

  /** The supervisor of a requester, if the roster names one. */
  Optional<String> supervisorOf(String requesterId) {
    return roster.supervisorOf(requesterId).filter(id -> !id.isBlank());
  }

  // --- the chain of command (§I.B) --------------------------------------------------------------------------------

  /**
   * The supervisor forwards the request to the authorized posters, or declines it with a note. Only they (or, for a
   * member without a supervisor on the roster, the configured group) decide; never the requester.
   * @return the outcome the requester reads when declined, else null
   */
  @Transactional
  public String recordSupervisorDecision(long postId, String actor, String supervisorId, String decision,
      String note) {
    PostRecord post = post(postId);
    refuseRequester(actor, post);
    boolean allowed = supervisorId != null && !supervisorId.isBlank() ? actor.equals(supervisorId)
        : roster.belongsTo(actor, properties.requestFallbackGroup());
    if (!allowed) {
      throw new InvalidInputException("This request is for " + (supervisorId == null || supervisorId.isBlank()
          ? "the group " + properties.requestFallbackGroup() : roster.nameOf(supervisorId))
          + ", the requester's chain of command (§I.B); nothing was changed.");
    }
    if (decision == null || !SupervisorDecisions.ALL.contains(decision)) {
      throw new InvalidInputException("Forward the request to an authorized poster, or decline it (§I.B).");
    }
    boolean forward = SupervisorDecisions.FORWARD.equals(decision);
    String why = forward ? FormValues.optional(note, "The note", FormValues.MAX_TEXT)
        : FormValues.required(note, "A note saying why the request is declined");
    OffsetDateTime now = now();
    PostRecord updated = posts.save(post.withStatus(forward ? PostStatus.WITH_POSTER : PostStatus.DECLINED, now));
    log.supervisorDecided(updated, labels(updated), actor, forward, why, now);
    return forward ? null : "Your request " + post.postNumber() + " was declined by " + roster.nameOf(actor)
        + " (§I.B): " + why;
  }

  // --- the screen and the poster's check (§IV, §I.B) --------------------------------------------------------------

  /** The screen's flags for the post's current text; logged. */
  @Transactional
  public List<PostScreen.Flag> screen(long postId) {
    PostRecord post = post(postId);
    List<PostScreen.Flag> flags = screen.screen(post.postText());
    log.screened(post, labels(post), flags, now());
    return flags;
  }

  /** What the poster attested, and where the post goes next ({@link Routes}). */
  record Attestation(String posterId, String items, String route, String guidelineVersion) {}

  /**
   * The authorized poster's check: every §IV item attested (those the post contains named), whether the post
   * strictly conforms to the guidelines (§I.B). A post that does not, has a flag, or contains a §IV item goes to the
   * Chief or a designee; an urgent critical incident notice with no §IV item goes out at once.
   */
  @Transactional
  public Attestation attest(long postId, String actor, String itemsText, Boolean attestedEachItem,
      Boolean conformsToGuidelines, int flagCount, boolean hrApprovalFollows) {
    PostRecord post = post(postId);
    requireCurrentPoster(actor, post);
    if (!Boolean.TRUE.equals(attestedEachItem)) {
      throw new InvalidInputException("Check the post against each item of §IV (A to K), name those it contains, and "
          + "confirm it (\"I checked the post against each item\") before you submit it.");
    }
    if (conformsToGuidelines == null) {
      throw new InvalidInputException("Say whether the post strictly conforms to the Chief's content guidelines "
          + "(§I.B): a post that does not goes to the Chief or a designee first.");
    }
    String items = prohibitedItems(itemsText);
    String guidelineVersion = guidelineVersionCheckedFor(actor);
    String route;
    if (post.urgent() && items.isEmpty()) {
      route = Routes.URGENT;
    } else if (!conformsToGuidelines || flagCount > 0 || !items.isEmpty()) {
      route = Routes.APPROVAL;
    } else {
      route = Routes.DIRECT;
    }
    OffsetDateTime now = now();
    PostStatus next = switch (route) {
      case Routes.APPROVAL -> PostStatus.AWAITING_APPROVAL;
      case Routes.DIRECT -> hrApprovalFollows ? PostStatus.AWAITING_OVERSEER : PostStatus.TO_PUBLISH;
      default -> PostStatus.TO_PUBLISH;
    };
    PostRecord updated = posts.save(post.checkedBy(actor, items.isEmpty() ? null : items).withStatus(next, now));
    log.attested(updated, labels(updated), actor, attestationText(items), conformsToGuidelines, guidelineVersion,
        route, now);
    return new Attestation(actor, items, route, guidelineVersion);
  }

  // --- approval (§I.B, §IV, §II.C, §VI.B) -------------------------------------------------------------------------

  /**
   * The Chief's or a designee's decision, with its notation. A post that contains a §IV item is released only with
   * the Chief's express written authorization, recorded on the post: a designee cannot approve it.
   * @return the outcome the requester reads when rejected, else null
   */
  @Transactional
  public String decide(long postId, String actor, String holder, String decision, String notation,
      String writtenAuthorization, boolean hrApprovalFollows) {
    PostRecord post = post(postId);
    if (!roster.belongsTo(actor, Groups.CHIEF, Groups.DESIGNEE)) {
      throw new InvalidInputException("Only the Chief of Police or a designee approves an official post before it "
          + "goes out (§I.B); nothing was changed.");
    }
    refuseHeldByAnother(actor, holder);
    refuseRequester(actor, post);
    String chosen = decision(decision);
    String note = FormValues.required(notation, "The notation on the post (§II.C)");
    String authorization = null;
    if (Decisions.APPROVE.equals(chosen) && post.hasProhibitedItems()) {
      if (!roster.belongsTo(actor, Groups.CHIEF)) {
        throw new InvalidInputException("This post contains " + post.prohibitedItems() + " (§IV): only the Chief of "
            + "Police releases such content, with express written authorization. Ask for changes, or leave the "
            + "decision to the Chief; nothing was changed.");
      }
      authorization = FormValues.optional(writtenAuthorization, "The written authorization", FormValues.MAX_TEXT);
      if (authorization == null) {
        throw new InvalidInputException("This post contains " + post.prohibitedItems() + ": write your express "
            + "authorization to release it in \"Written authorization (§IV)\" — what may be released and why; it is "
            + "recorded on the post. Nothing was changed.");
      }
    }
    OffsetDateTime now = now();
    PostRecord updated = posts.save(post.withStatus(afterApproval(chosen, hrApprovalFollows), now));
    log.decided(updated, labels(updated), actor, capacityOf(actor), chosen, note, authorization, now);
    return Decisions.REJECT.equals(chosen) ? rejected(post, actor, note) : null;
  }

  /**
   * HR's or the accounts' overseer's approval (§II.C "approved under HR and department procedures", §VI.B), where
   * the department asks for it.
   * @return the outcome the requester reads when rejected, else null
   */
  @Transactional
  public String decideAsOverseer(long postId, String actor, String holder, String decision, String notation) {
    PostRecord post = post(postId);
    if (!overseers(post).contains(actor) && !roster.belongsTo(actor, Groups.HR)) {
      throw new InvalidInputException("Only Human Resources or the employee who oversees the post's accounts approves "
          + "it here (§II.C, §VI.B); nothing was changed.");
    }
    refuseHeldByAnother(actor, holder);
    refuseRequester(actor, post);
    String chosen = decision(decision);
    String note = FormValues.required(notation, "The notation on the post (§II.C)");
    OffsetDateTime now = now();
    PostRecord updated = posts.save(post.withStatus(afterApproval(chosen, false), now));
    log.decided(updated, labels(updated), actor,
        roster.belongsTo(actor, Groups.HR) ? "Human Resources (§II.C)" : "overseer of the accounts (§VI.B)", chosen,
        note, null, now);
    return Decisions.REJECT.equals(chosen) ? rejected(post, actor, note) : null;
  }

  /** The employees who oversee the post's accounts (§VI.B): candidates of the overseer's approval, with HR. */
  public List<String> overseers(long postId) {
    return overseers(post(postId));
  }

  /** The poster revises the post after a request for changes; it is screened and checked again. */
  @Transactional
  public void revise(long postId, String actor, String text, Upload newMedia, boolean removeMedia) {
    PostRecord post = post(postId);
    requireCurrentPoster(actor, post);
    String revisedText = FormValues.required(text, "The text of the post", MAX_TEXT);
    PostMedia media = removeMedia ? null : newMedia != null ? media(newMedia) : post.media();
    OffsetDateTime now = now();
    PostRecord updated = posts.save(post.revised(revisedText, media).withStatus(PostStatus.WITH_POSTER, now));
    log.revised(updated, labels(updated), actor, now);
  }

  // --- publication, review, take-down -----------------------------------------------------------------------------

  /** The time and address of a publication, checked: a time not in the future, a web address. */
  record Publication(OffsetDateTime publishedAt, String url) {}

  Publication publication(Object publishedAt, String postUrl) {
    OffsetDateTime at = PostTimes.parse(publishedAt, "The publication time");
    if (at == null) {
      throw new InvalidInputException("Record when the post went out (the publication time, §II.C).");
    }
    if (at.isAfter(now().plusMinutes(CLOCK_SLACK_MINUTES))) {
      throw new InvalidInputException("The publication time " + at + " is in the future: record the time the post "
          + "went out, once it has.");
    }
    String url = FormValues.webAddress(postUrl, "The post's address");
    if (url == null) {
      throw new InvalidInputException("Record the post's address (its URL on the network, §II.C).");
    }
    return new Publication(at, url);
  }

  /** The poster who publishes by hand must be a current authorized poster for the post's accounts. */
  void requirePublisher(long postId, String actor) {
    requireCurrentPoster(actor, post(postId));
  }

  /**
   * Records the publication (§II.C, §VI.B); an urgent notice is marked as gone out before its review.
   * @param publisher the poster, or null when a connector published
   */
  @Transactional
  public void recordPublication(long postId, String publisher, Publication publication, String route) {
    PostRecord post = post(postId);
    PostRecord updated = posts.save(post.published(publication.publishedAt(), publication.url()));
    log.published(updated, labels(updated), publisher, publication, Routes.URGENT.equals(route),
        guidelineVersionAtPublication(post.posterId()), now());
  }

  /**
   * The Chief's or a designee's review of an urgent notice after it went out: confirmed, or to be taken down.
   */
  @Transactional
  public void review(long postId, String actor, String holder, String outcome, String notation) {
    PostRecord post = post(postId);
    if (!roster.belongsTo(actor, Groups.CHIEF, Groups.DESIGNEE)) {
      throw new InvalidInputException("Only the Chief of Police or a designee reviews a notice published at once "
          + "(§I.B); nothing was changed.");
    }
    refuseHeldByAnother(actor, holder);
    refuseRequester(actor, post);
    if (outcome == null || !ReviewOutcomes.ALL.contains(outcome)) {
      throw new InvalidInputException("Confirm the notice, or direct that it be taken down (§I.B).");
    }
    String note = FormValues.required(notation, "The notation on the post (§II.C)");
    log.reviewed(post, labels(post), actor, capacityOf(actor), outcome, note, now());
  }

  /** The review of an urgent notice is overdue: marked in the log. */
  @Transactional
  public void reviewOverdue(long postId) {
    PostRecord post = post(postId);
    log.reviewOverdue(post, labels(post), properties.reviewDeadline(), now());
  }

  /**
   * A published post taken down (§VI.B), with the reason: by an authorized poster for its accounts, the Chief or a
   * designee. A post not published, or already taken down, is refused.
   */
  @Transactional
  public PostRecord takeDown(String postNumber, String actor, String reason) {
    PostRecord post = posts.findByPostNumber(postNumber == null ? "" : postNumber.strip())
        .orElseThrow(() -> ApiRefusal.notFound("There is no official post " + postNumber
            + "; post numbers look like OP-2026-0001."));
    if (!roster.belongsTo(actor, Groups.CHIEF, Groups.DESIGNEE)) {
      requireCurrentPoster(actor, post);
    }
    String why = FormValues.required(reason, "The reason for the take-down");
    if (post.status() == PostStatus.TAKEN_DOWN) {
      throw ApiRefusal.conflict(post.postNumber() + " was taken down on "
          + post.takenDownAt().toInstant() + " already.");
    }
    if (post.status() != PostStatus.PUBLISHED) {
      throw ApiRefusal.conflict(post.postNumber() + " has not been published: there is "
          + "nothing to take down.");
    }
    OffsetDateTime now = now();
    PostRecord updated = posts.save(post.takenDown(now));
    log.takenDown(updated, labels(updated), actor, why, now);
    return updated;
  }

  /** The take-down a review directed, recorded by the poster (already taken down through the API: nothing more). */
  @Transactional
  public void takeDownAsDirected(long postId, String actor, String reason, String note) {
    PostRecord post = post(postId);
    if (post.status() == PostStatus.TAKEN_DOWN) {
      requireCurrentPoster(actor, post);
      return;
    }
    String why = note == null || note.isBlank() ? reason : reason + " — " + note.strip();
    takeDown(post.postNumber(), actor, why);
  }

  // --- reading ----------------------------------------------------------------------------------------------------

  public PostRecord post(long postId) {
    return posts.findById(postId).orElseThrow(() -> new IllegalStateException("No official post " + postId));
  }

  public Optional<PostRecord> find(String postNumber) {
    return posts.findByPostNumber(postNumber);
  }

  /** The post's accounts as people name them: "Facebook @SpringfieldPD, X @SpringfieldPD". */
  public String labels(PostRecord post) {
    List<String> labels = new ArrayList<>();
    for (Long id : post.accountIds()) {
      labels.add(accounts.findById(id).map(OfficialAccount::label).orElse("account " + id));
    }
    return String.join(", ", labels);
  }

  /** The accounts the employee may choose for a draft: their authorization's, or every one for a request. */
  List<OfficialAccount> draftAccounts(String userId) {
    Optional<PosterAuthorization> authorization = posters.current(userId);
    List<OfficialAccount> all = new ArrayList<>();
    accounts.findByClosedAtIsNullOrderByPlatformAscHandleAsc().forEach(all::add);
    return authorization.map(granted -> all.stream().filter(account -> granted.covers(account.id())).toList())
        .orElse(all);
  }

  boolean isCurrentPoster(String userId) {
    return posters.current(userId).isPresent();
  }

  // --- rules shared by the steps ----------------------------------------------------------------------------------

  private void requireCurrentPoster(String actor, PostRecord post) {
    PosterAuthorization authorization = posters.current(actor).orElseThrow(() -> new InvalidInputException(
        "Only a current authorized poster checks, revises, publishes or takes down an official post (§I.A)"
            + formerly(actor) + ". Nothing was changed."));
    List<OfficialAccount> chosen = new ArrayList<>();
    post.accountIds().forEach(id -> accounts.findById(id).ifPresent(chosen::add));
    requireCovered(authorization, chosen, roster.nameOf(actor));
  }

  /** ", and your authorization was revoked on … by … (why)" for a former poster; "" for anyone else. */
  private String formerly(String userId) {
    return authorizations.findFirstByUserIdAndRevokedAtIsNotNullOrderByRevokedAtDesc(userId)
        .map(revoked -> ": " + roster.nameOf(userId) + "'s authorization was revoked on "
            + revoked.revokedAt().toLocalDate() + " by " + roster.nameOf(revoked.revokedBy()) + " ("
            + revoked.revocationReason() + ")")
        .orElse(": " + roster.nameOf(userId) + " is not one");
  }

  private void requireCovered(PosterAuthorization authorization, List<OfficialAccount> chosen, String who) {
    List<String> outside = chosen.stream().filter(account -> !authorization.covers(account.id()))
        .map(OfficialAccount::label).toList();
    if (!outside.isEmpty()) {
      String allowed = authorization.accounts().stream().map(a -> accounts.findById(a.accountId())
          .map(OfficialAccount::label).orElse("account " + a.accountId())).sorted()
          .collect(Collectors.joining(", "));
      throw new InvalidInputException("The authorization to post (§I.A) of " + who + " does not cover "
          + String.join(", ", outside) + "; it covers " + allowed + ". Choose among those, or ask the Chief or a "
          + "designee to extend it.");
    }
  }

  private List<OfficialAccount> chosenAccounts(String text) {
    Set<Long> ids = new LinkedHashSet<>();
    for (String part : text == null ? new String[0] : text.split("[,;\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      try {
        ids.add(Long.parseLong(part.strip()));
      } catch (NumberFormatException e) {
        throw new InvalidInputException("\"" + part + "\" is not an official account; choose the accounts from the "
            + "register (their numbers, separated by commas).");
      }
    }
    if (ids.isEmpty()) {
      throw new InvalidInputException("Choose the official account(s) the post is for (§I.D register).");
    }
    List<OfficialAccount> chosen = new ArrayList<>();
    for (Long id : ids) {
      OfficialAccount account = accounts.findById(id).orElseThrow(() -> new InvalidInputException("There is no "
          + "official account " + id + " in the register (§I.D); choose one of the register's accounts."));
      if (account.isClosed()) {
        throw new InvalidInputException(OfficialAccounts.closedSentence(account) + " and takes no new post; choose "
            + "an open account (§I.D). Nothing was recorded.");
      }
      chosen.add(account);
    }
    return chosen;
  }

  private PostMedia media(Upload upload) {
    if (upload == null) {
      return null;
    }
    UploadCheck.Kind kind = UploadCheck.check("The media file", upload, properties.maxMediaBytes());
    String name = upload.fileName() == null || upload.fileName().isBlank() ? kind.fileName("media")
        : upload.fileName();
    return new PostMedia(name, kind.mimeType, upload.content().length, DocumentService.sha256Hex(upload.content()));
  }

  /** The §IV items named, as codes ("§IV.A, §IV.G"); "" for none. Anything outside §IV.A–K is refused. */
  private static String prohibitedItems(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    List<PolicyClause> clauses = PolicyClause.parse(text, "The §IV items the post contains");
    List<String> outside = clauses.stream().filter(c -> !c.code.startsWith("§IV.")).map(c -> c.code).toList();
    if (!outside.isEmpty()) {
      throw new InvalidInputException("The items to attest are §IV.A to §IV.K; " + String.join(", ", outside)
          + " is not one of them.");
    }
    return PolicyClause.codes(clauses);
  }

  /** Each §IV item with what the poster attested: "§IV.A contains; §IV.B no; …". */
  private static String attestationText(String items) {
    List<String> contained = items.isEmpty() ? List.of() : List.of(items.split(",\\s*"));
    return java.util.Arrays.stream(PolicyClause.values()).filter(c -> c.code.startsWith("§IV."))
        .map(c -> c.code + (contained.contains(c.code) ? " contains" : " no")).collect(Collectors.joining("; "));
  }

  private static String decision(String decision) {
    if (decision == null || !Decisions.ALL.contains(decision)) {
      throw new InvalidInputException("Approve the post, ask for changes, or reject it (§I.B)"
          + (decision == null ? "." : ", not \"" + decision + "\"."));
    }
    return decision;
  }

  private static PostStatus afterApproval(String decision, boolean hrApprovalFollows) {
    return switch (decision) {
      case Decisions.APPROVE -> hrApprovalFollows ? PostStatus.AWAITING_OVERSEER : PostStatus.TO_PUBLISH;
      case Decisions.CHANGES -> PostStatus.CHANGES_REQUESTED;
      default -> PostStatus.REJECTED;
    };
  }

  private String rejected(PostRecord post, String actor, String note) {
    return "Official post " + post.postNumber() + " was rejected by " + roster.nameOf(actor) + " and does not go out: "
        + note;
  }

  private String capacityOf(String actor) {
    return roster.belongsTo(actor, Groups.CHIEF) ? "Chief of Police" : "designee of the Chief of Police";
  }

  private List<String> overseers(PostRecord post) {
    return post.accountIds().stream().map(accounts::findById).flatMap(Optional::stream)
        .map(OfficialAccount::overseerId).distinct().toList();
  }

  /** Nobody approves or reviews their own post (the requester), and a decision someone holds is theirs. */
  private static void refuseRequester(String actor, PostRecord post) {
    if (actor.equals(post.requesterId())) {
      throw new InvalidInputException("This is your own post: you cannot act on it here. Another person of the "
          + "chain of command, the Chief of Police or a designee does (§I.B). Nothing was changed.");
    }
  }

  private void refuseHeldByAnother(String actor, String holder) {
    if (holder != null && !holder.equals(actor)) {
      throw new InvalidInputException("This decision is held by " + roster.nameOf(holder) + ": only they complete "
          + "it, unless the Chief takes it over. Nothing was changed.");
    }
  }

  /** The year's next post number; see ApprovalRegister for how two nodes share the counter. */
  private String nextNumber(int year) {
    if (posts.incrementSequence(year) == 0) {
      posts.startSequence(year);
    }
    return String.format("OP-%d-%04d", year, posts.currentSequence(year));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
