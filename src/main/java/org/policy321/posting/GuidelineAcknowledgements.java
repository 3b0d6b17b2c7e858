package org.policy321.posting;

import static org.policy321.posting.ContentGuidelineAcknowledgement.Vars;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.policy321.platform.config.IsoDurations;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.identity.SystemAuthority;
import org.policy321.platform.tasks.TaskReminder;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The posters' acknowledgements of the content guidelines (§I.B): each current authorized poster is asked to
 * acknowledge a version when it is published, and a newly authorized poster the version in force — one
 * {@code content-guideline-acknowledgement} process each, keyed by the acknowledgement's number. A newer version
 * closes the acknowledgements of the older ones (the pending ones as {@link AcknowledgementStatus#SUPERSEDED}); a
 * revocation closes the poster's pending one ({@link AcknowledgementStatus#WITHDRAWN}). The application starts and ends
 * these processes on its own authority, never in the name of whoever published or revoked.
 */
@Service
public class GuidelineAcknowledgements {

  private final GuidelineAcknowledgementRepository acknowledgements;
  private final ContentGuidelineRepository guidelines;
  private final PostingRoles roles;
  private final Roster roster;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final TaskReminder reminder;
  private final PostingOversightProperties properties;
  private final Clock clock;

  GuidelineAcknowledgements(GuidelineAcknowledgementRepository acknowledgements, ContentGuidelineRepository guidelines,
      PostingRoles roles, Roster roster, RuntimeService runtimeService, IdentityService identityService,
      TaskReminder reminder, PostingOversightProperties properties, Clock clock) {
    this.acknowledgements = acknowledgements;
    this.guidelines = guidelines;
    this.roles = roles;
    this.roster = roster;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.reminder = reminder;
    this.properties = properties;
    this.clock = clock;
  }

  /** One line of the acknowledgements view: who was asked to acknowledge which version, and what became of it. */
  public record AcknowledgementView(String number, int version, String title, String posterId, String poster,
      AcknowledgementStatus status, boolean overdue, OffsetDateTime requestedAt, OffsetDateTime dueAt,
      OffsetDateTime remindedAt, OffsetDateTime acknowledgedAt, OffsetDateTime closedAt) {}

  /** Every acknowledgement asked (of one version, or of all, newest version first), for the Chief, designees, HR and auditors. */
  public List<AcknowledgementView> view(String caller, Integer version) {
    roles.requireAcknowledgementReader(caller);
    Map<Integer, String> titles = new HashMap<>();
    List<GuidelineAcknowledgement> asked = version == null ? acknowledgements.findAllByOrderByGuidelineVersionDescIdAsc()
        : acknowledgements.findByGuidelineVersionOrderByIdAsc(version);
    OffsetDateTime now = now();
    return asked.stream().map(ack -> new AcknowledgementView(ack.number(), ack.guidelineVersion(),
        titles.computeIfAbsent(ack.guidelineVersion(), this::title), ack.posterId(), roster.nameOf(ack.posterId()),
        ack.status(), overdue(ack, now), ack.requestedAt(), ack.dueAt(), ack.remindedAt(), ack.acknowledgedAt(),
        ack.closedAt())).toList();
  }

  /** Asks the poster to acknowledge the version, unless they were asked already and that still counts. */
  @Transactional
  public void request(ContentGuideline guideline, String posterId) {
    if (acknowledgements.findFirstByPosterIdAndGuidelineVersionAndClosedAtIsNull(posterId, guideline.version())
        .isPresent()) {
      return;
    }
    OffsetDateTime now = now();
    GuidelineAcknowledgement asked = acknowledgements.save(GuidelineAcknowledgement.requested(guideline.version(),
        posterId, now, IsoDurations.plus(now, properties.guidelineAcknowledgementDeadline())));
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.ACKNOWLEDGEMENT_NUMBER, asked.number());
    variables.put(Vars.POSTER_ID, posterId);
    variables.put(Vars.POSTER_NAME, roster.nameOf(posterId));
    variables.put(Vars.GUIDELINE_VERSION, guideline.version());
    variables.put(Vars.GUIDELINE_TITLE, guideline.title());
    variables.put(Vars.EFFECTIVE_ON, guideline.effectiveOn().toString());
    ProcessInstance instance = SystemAuthority.callAsNobody(identityService, () -> runtimeService
        .startProcessInstanceByKey(ContentGuidelineAcknowledgement.PROCESS_KEY, asked.number(), variables));
    acknowledgements.save(asked.started(instance.getId()));
  }

  /** A newer version is in force: every acknowledgement of an older one stops counting. */
  @Transactional
  public void supersedeOlderThan(int version) {
    acknowledgements.findByClosedAtIsNullAndGuidelineVersionLessThan(version)
        .forEach(ack -> close(ack, AcknowledgementStatus.SUPERSEDED));
  }

  /** A newly authorized poster acknowledges the version in force before posting (§I.A, §I.B). */
  @EventListener
  void on(PosterAuthorized authorized) {
    guidelines.findFirstByOrderByVersionDesc().ifPresent(current -> request(current, authorized.userId()));
  }

  /** A revoked poster is no longer asked; what they acknowledged stays on record. */
  @EventListener
  void on(PosterRevoked revoked) {
    acknowledgements.findByPosterIdAndStatusAndClosedAtIsNull(revoked.userId(), AcknowledgementStatus.PENDING)
        .forEach(ack -> close(ack, AcknowledgementStatus.WITHDRAWN));
  }

  /** Task_AcknowledgeGuidelines, completed: the poster, and only the poster, acknowledges (§I.B). */
  GuidelineAcknowledgement recordAcknowledged(String number, String actor, Boolean acknowledged) {
    GuidelineAcknowledgement ack = byNumber(number);
    String label = "the content guidelines v" + ack.guidelineVersion();
    if (!ack.posterId().equals(actor)) {
      throw new InvalidInputException("Only " + roster.nameOf(ack.posterId()) + " acknowledges " + label
          + " for themselves (Policy 3.21 §I.B). Nothing was recorded.");
    }
    if (!Boolean.TRUE.equals(acknowledged)) {
      throw new InvalidInputException("Tick the box to acknowledge that you have read " + label + " and will post "
          + "by them (Policy 3.21 §I.B). Nothing was recorded.");
    }
    return acknowledgements.save(ack.acknowledged(now()));
  }

  /** Task_RemindPoster: the acknowledgement is still pending at its due date. */
  void remind(String number, String processInstanceId) {
    GuidelineAcknowledgement ack = byNumber(number);
    reminder.remind(processInstanceId, ContentGuidelineAcknowledgement.Elements.ACKNOWLEDGE,
        "Reminder: read and acknowledge the content guidelines v" + ack.guidelineVersion() + " (Policy 3.21 §I.B). "
            + "Until you do, you cannot file an official post for the department.");
    acknowledgements.save(ack.reminded(now()));
  }

  private void close(GuidelineAcknowledgement ack, AcknowledgementStatus pendingEndsAs) {
    acknowledgements.save(ack.closed(pendingEndsAs, now()));
    SystemAuthority.callAsNobody(identityService, () -> runtimeService
        .createMessageCorrelation(ContentGuidelineAcknowledgement.MESSAGE_CLOSED)
        .processInstanceBusinessKey(ack.number()).correlateAllWithResult());
  }

  private GuidelineAcknowledgement byNumber(String number) {
    return acknowledgements.findById(Long.valueOf(number.substring(GuidelineAcknowledgement.NUMBER_PREFIX.length())))
        .orElseThrow(() -> new IllegalStateException("No acknowledgement " + number));
  }

  private String title(int version) {
    return guidelines.findByVersion(version).map(ContentGuideline::title).orElse(null);
  }

  private static boolean overdue(GuidelineAcknowledgement ack, OffsetDateTime now) {
    return ack.status() == AcknowledgementStatus.PENDING && ack.open() && ack.dueAt().isBefore(now);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
