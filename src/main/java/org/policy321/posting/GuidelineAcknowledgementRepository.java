package org.policy321.posting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

interface GuidelineAcknowledgementRepository extends CrudRepository<GuidelineAcknowledgement, Long> {

  /** The poster's acknowledgements in the given status, newest version first. */
  List<GuidelineAcknowledgement> findByPosterIdAndStatusOrderByGuidelineVersionDesc(String posterId,
      AcknowledgementStatus status);

  /** What the poster was asked for one version and still counts: pending or acknowledged, not closed. */
  Optional<GuidelineAcknowledgement> findFirstByPosterIdAndGuidelineVersionAndClosedAtIsNull(String posterId,
      int guidelineVersion);

  List<GuidelineAcknowledgement> findByClosedAtIsNullAndGuidelineVersionLessThan(int version);

  List<GuidelineAcknowledgement> findByPosterIdAndStatusAndClosedAtIsNull(String posterId, AcknowledgementStatus status);

  Optional<GuidelineAcknowledgement> findByProcessInstanceId(String processInstanceId);

  List<GuidelineAcknowledgement> findByRequestedAtBetweenOrderByIdAsc(OffsetDateTime from, OffsetDateTime to);

  List<GuidelineAcknowledgement> findAllByOrderByGuidelineVersionDescIdAsc();

  List<GuidelineAcknowledgement> findByGuidelineVersionOrderByIdAsc(int guidelineVersion);
}
