package org.policy321.posting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

interface PosterAuthorizationRepository extends CrudRepository<PosterAuthorization, Long> {

  Optional<PosterAuthorization> findByUserIdAndRevokedAtIsNull(String userId);

  List<PosterAuthorization> findAllByOrderByIdDesc();

  /** The employee's latest revoked authorization: what a refusal tells a former poster. */
  Optional<PosterAuthorization> findFirstByUserIdAndRevokedAtIsNotNullOrderByRevokedAtDesc(String userId);

  List<PosterAuthorization> findByRevokedAtIsNull();
}
