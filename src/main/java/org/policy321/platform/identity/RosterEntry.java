package org.policy321.platform.identity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Name, rank, unit, supervisor, hire and leaving date of one account as the department records them. The name is kept here,
 * not read from Camunda's user record, because every user may rename themselves there.
 */
@Table("roster_entry")
record RosterEntry(
    @Id @Column("user_id") String userId,
    @Column("first_name") String firstName,
    @Column("last_name") String lastName,
    @Column("rank_title") String rank,
    String unit,
    @Column("supervisor_id") String supervisorId,
    @Column("hire_date") LocalDate hireDate,
    @Column("leaving_date") LocalDate leavingDate,
    @Column("handed_over_at") OffsetDateTime handedOverAt) {}
