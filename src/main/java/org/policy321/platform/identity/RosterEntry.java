package org.policy321.platform.identity;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** Rank, unit and supervisor of one account: what Camunda's user record does not hold. */
@Table("roster_entry")
record RosterEntry(
    @Id @Column("user_id") String userId,
    @Column("rank_title") String rank,
    String unit,
    @Column("supervisor_id") String supervisorId) {}
