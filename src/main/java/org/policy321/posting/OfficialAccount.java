package org.policy321.posting;

import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A department account on a social network (§I.D): where it is, who oversees it (§VI.B), and the set-up checklist —
 * the page says the department maintains it and shows the department's phone number and address — as last found, with
 * who last confirmed all of it and when, and when its overseer confirms it next ({@code nextReviewDueAt}, yearly).
 */
@Table("official_account")
public record OfficialAccount(@Id Long id, String platform, String handle, String url, String overseerId,
    boolean statesMaintainedByDepartment, boolean showsPhoneNumber, boolean showsAddress, String registeredBy,
    OffsetDateTime registeredAt, String checklistConfirmedBy, OffsetDateTime checklistConfirmedAt,
    OffsetDateTime nextReviewDueAt) {

  /** How people name the account: "Facebook @SpringfieldPD". */
  public String label() {
    return platform + " " + handle;
  }

  /** Whether the page meets §I.D as last found. */
  public boolean checklistHolds() {
    return statesMaintainedByDepartment && showsPhoneNumber && showsAddress;
  }

  /** The checklist as a review found it; a confirmation of every item is recorded with who and when. */
  OfficialAccount checklistFound(boolean maintained, boolean phone, boolean address, String by, OffsetDateTime at) {
    boolean confirmed = maintained && phone && address;
    return new OfficialAccount(id, platform, handle, url, overseerId, maintained, phone, address, registeredBy,
        registeredAt, confirmed ? by : checklistConfirmedBy, confirmed ? at : checklistConfirmedAt, nextReviewDueAt);
  }

  OfficialAccount nextReviewDue(OffsetDateTime at) {
    return new OfficialAccount(id, platform, handle, url, overseerId, statesMaintainedByDepartment, showsPhoneNumber,
        showsAddress, registeredBy, registeredAt, checklistConfirmedBy, checklistConfirmedAt, at);
  }
}
