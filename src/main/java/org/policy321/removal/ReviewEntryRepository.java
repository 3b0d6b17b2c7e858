package org.policy321.removal;

import java.util.List;
import org.springframework.data.repository.CrudRepository;

interface ReviewEntryRepository extends CrudRepository<ReviewEntry, Long> {

  List<ReviewEntry> findByApprovalNumberOrderByIdAsc(String approvalNumber);
}
