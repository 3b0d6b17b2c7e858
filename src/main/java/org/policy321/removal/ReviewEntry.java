package org.policy321.removal;

import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One step of the periodic review of an approval (§III.R): the requester's answer ({@code decision} null;
 * {@code stillUp} as answered), or the Chief's or a designee's decision after an unanswered review or the
 * requester's departure ({@code decision} keep or direct-removal; {@code stillUp} whether the approval stays).
 */
@Table("approval_review")
public record ReviewEntry(@Id Long id, String approvalNumber, String reviewedBy, boolean stillUp, String note,
    OffsetDateTime reviewedAt, String decision) {}
