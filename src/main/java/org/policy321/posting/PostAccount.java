package org.policy321.posting;

import org.springframework.data.relational.core.mapping.Table;

/** One official account a post is for. */
@Table("official_post_account")
record PostAccount(Long accountId) {}
