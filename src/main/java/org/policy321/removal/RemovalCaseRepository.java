package org.policy321.removal;

import org.springframework.data.repository.CrudRepository;

interface RemovalCaseRepository extends CrudRepository<RemovalCase, Long> {}
