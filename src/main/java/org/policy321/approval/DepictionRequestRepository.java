package org.policy321.approval;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

interface DepictionRequestRepository extends CrudRepository<DepictionRequest, Long> {

  Optional<DepictionRequest> findByProcessInstanceId(String processInstanceId);

  List<DepictionRequest> findByRequesterIdOrderByIdDesc(String requesterId);

  /** Requests submitted in the range (both ends inclusive), oldest first: the auditors' search. */
  List<DepictionRequest> findBySubmittedAtBetweenOrderByIdAsc(OffsetDateTime from, OffsetDateTime to);
}
