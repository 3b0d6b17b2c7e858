package org.policy321.violation;

import java.util.List;
import org.springframework.data.repository.CrudRepository;

interface ViolationIntentRepository extends CrudRepository<ViolationIntent, Long> {

  List<ViolationIntent> findBySourceProcessInstanceId(String processInstanceId);
}
