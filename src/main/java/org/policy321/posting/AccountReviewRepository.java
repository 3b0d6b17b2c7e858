package org.policy321.posting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

interface AccountReviewRepository extends CrudRepository<AccountReview, Long> {

  Optional<AccountReview> findByReviewNumber(String reviewNumber);

  boolean existsByReviewNumber(String reviewNumber);

  Optional<AccountReview> findByProcessInstanceId(String processInstanceId);

  List<AccountReview> findByScheduledAtBetweenOrderByIdAsc(OffsetDateTime from, OffsetDateTime to);
}
