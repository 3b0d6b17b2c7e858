package org.policy321.removal;

import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One answer to the periodic review of an approval (§III.R). */
@Table("approval_review")
public record ReviewEntry(@Id Long id, String approvalNumber, String reviewedBy, boolean stillUp, String note,
    OffsetDateTime reviewedAt) {}
