package org.policy321.posting;

import java.util.List;
import org.springframework.data.repository.CrudRepository;

interface OfficialAccountRepository extends CrudRepository<OfficialAccount, Long> {

  List<OfficialAccount> findAllByOrderByPlatformAscHandleAsc();

  boolean existsByPlatformIgnoreCaseAndHandleIgnoreCase(String platform, String handle);

  /** Open accounts without a review scheduled: registered before yearly reviews existed. */
  List<OfficialAccount> findByNextReviewDueAtIsNullAndClosedAtIsNull();

  /** The accounts that take posts: not closed. */
  List<OfficialAccount> findByClosedAtIsNullOrderByPlatformAscHandleAsc();
}
