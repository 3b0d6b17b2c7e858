package org.policy321.approval;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

interface DepictionRequestRepository extends CrudRepository<DepictionRequest, Long> {

  Optional<DepictionRequest> findByProcessInstanceId(String processInstanceId);

  List<DepictionRequest> findByRequesterIdOrderByIdDesc(String requesterId);
}
