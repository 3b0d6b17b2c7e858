package org.policy321.violation.accesslog;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.data.repository.CrudRepository;

interface CaseAccessRepository extends CrudRepository<CaseAccess, Long> {

  List<CaseAccess> findByCaseNumberOrderByAccessedAtAscIdAsc(String caseNumber);

  List<CaseAccess> findByCaseNumber(String caseNumber);

  /** Whether the same person opened the same thing of the case since (repeats are collapsed). */
  boolean existsByUserIdAndCaseNumberAndActionAndDetailAndAccessedAtAfter(String userId, String caseNumber,
      CaseAccessAction action, String detail, OffsetDateTime since);
}
