package org.policy321.posting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.policy321.platform.cases.CaseCatalog;
import org.policy321.platform.cases.CaseKind;
import org.policy321.platform.cases.CaseRecord;
import org.policy321.platform.cases.CaseRecord.CaseParty;
import org.policy321.platform.cases.OpenRange;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.springframework.stereotype.Component;

/**
 * A poster's acknowledgement of a version of the content guidelines as a case (§I.B): {@code GA-<id>}, the business key
 * of its process. It stays open while its version is in force, so its history is kept as long as it counts and the
 * retention time runs from the day a newer version superseded it. Read by the poster, the Chief, designees and HR,
 * who keep the posting records (§VI.B), and auditors. Its records are the acknowledgement's row; the guidelines
 * themselves are the department's register and stay.
 */
@Component
class GuidelineAcknowledgementCaseCatalog implements CaseCatalog {

  private final GuidelineAcknowledgementRepository acknowledgements;
  private final ContentGuidelineRepository guidelines;
  private final Roster roster;

  GuidelineAcknowledgementCaseCatalog(GuidelineAcknowledgementRepository acknowledgements,
      ContentGuidelineRepository guidelines, Roster roster) {
    this.acknowledgements = acknowledgements;
    this.guidelines = guidelines;
    this.roster = roster;
  }

  @Override
  public CaseKind kind() {
    return CaseKind.GUIDELINE_ACKNOWLEDGEMENT;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(ContentGuidelineAcknowledgement.PROCESS_KEY);
  }

  @Override
  public Optional<CaseRecord> find(String caseNumber) {
    return id(caseNumber).flatMap(acknowledgements::findById).map(this::record);
  }

  @Override
  public Optional<CaseRecord> ofProcessInstance(String processInstanceId) {
    return acknowledgements.findByProcessInstanceId(processInstanceId).map(this::record);
  }

  @Override
  public List<CaseRecord> openedBetween(OffsetDateTime from, OffsetDateTime to) {
    OpenRange range = OpenRange.of(from, to);
    return acknowledgements.findByRequestedAtBetweenOrderByIdAsc(range.from(), range.to()).stream().map(this::record)
        .toList();
  }

  @Override
  public Optional<String> refusal(String userId, CaseRecord record) {
    if (record.concerns(userId) || roster.belongsTo(userId, Groups.CHIEF, Groups.DESIGNEE, Groups.HR)) {
      return Optional.empty();
    }
    return Optional.of("This is another poster's acknowledgement of the content guidelines: it is read by the poster, "
        + "the Chief of Police, designees, Human Resources and auditors (Policy 3.21 §I.B, §VI.B).");
  }

  @Override
  public void removeRecords(CaseRecord record) {
    id(record.number()).ifPresent(acknowledgements::deleteById);
  }

  private CaseRecord record(GuidelineAcknowledgement ack) {
    String title = guidelines.findByVersion(ack.guidelineVersion()).map(g -> " (\"" + g.title() + "\")").orElse("");
    return new CaseRecord(List.of(ack.number()), CaseKind.GUIDELINE_ACKNOWLEDGEMENT,
        "Content guidelines v" + ack.guidelineVersion() + title + ": acknowledgement by " + roster.nameOf(ack.posterId()),
        ack.status().name(), ack.requestedAt(), ack.closedAt(), List.of(new CaseParty("Poster", ack.posterId())),
        ack.processInstanceId(), Set.of(), Set.of());
  }

  private static Optional<Long> id(String caseNumber) {
    if (!caseNumber.startsWith(GuidelineAcknowledgement.NUMBER_PREFIX)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(caseNumber.substring(GuidelineAcknowledgement.NUMBER_PREFIX.length())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
