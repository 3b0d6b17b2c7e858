package org.policy321.posting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

interface AccountReviewRepository extends CrudRepository<AccountReview, Long> {

  Optional<AccountReview> findByReviewNumber(String reviewNumber);

  boolean existsByReviewNumber(String reviewNumber);

  Optional<AccountReview> findByProcessInstanceId(String processInstanceId);

  /** Every review of the account, the first first. */
  List<AccountReview> findByAccountIdOrderByIdAsc(long accountId);

  /** The account's review not yet closed (at most one: each review schedules the next when it closes). */
  Optional<AccountReview> findFirstByAccountIdAndClosedAtIsNullOrderByIdDesc(long accountId);

  List<AccountReview> findByScheduledAtBetweenOrderByIdAsc(OffsetDateTime from, OffsetDateTime to);
}
