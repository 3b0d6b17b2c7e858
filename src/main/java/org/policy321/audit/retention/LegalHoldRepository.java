package org.policy321.audit.retention;

import java.util.List;
import org.springframework.data.repository.CrudRepository;

interface LegalHoldRepository extends CrudRepository<LegalHold, Long> {

  List<LegalHold> findByCaseNumberOrderByIdAsc(String caseNumber);

  boolean existsByCaseNumberAndLiftedAtIsNull(String caseNumber);

  List<LegalHold> findByLiftedAtIsNullOrderByIdAsc();

  List<LegalHold> findAllByOrderByIdDesc();
}
