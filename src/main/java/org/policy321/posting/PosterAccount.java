package org.policy321.posting;

import org.springframework.data.relational.core.mapping.Table;

/** One official account an authorization covers. */
@Table("poster_account")
record PosterAccount(Long accountId) {}
