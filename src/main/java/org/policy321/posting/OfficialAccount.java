package org.policy321.posting;

import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A department account on a social network (§I.D): where it is, who oversees it (§VI.B), and the set-up checklist —
 * the page says the department maintains it and shows the department's phone number and address — as last found, with
 * who last confirmed all of it and when, and when its overseer confirms it next ({@code nextReviewDueAt}, yearly).
 * A closed account ({@code closedAt}) keeps its row and its posts; it takes no new post and has no more reviews.
 */
@Table("official_account")
public record OfficialAccount(@Id Long id, String platform, String handle, String url, String overseerId,
    boolean statesMaintainedByDepartment, boolean showsPhoneNumber, boolean showsAddress, String registeredBy,
    OffsetDateTime registeredAt, String checklistConfirmedBy, OffsetDateTime checklistConfirmedAt,
    OffsetDateTime nextReviewDueAt, String closedBy, OffsetDateTime closedAt, String closeReason) {

  /** An account as registered: its checklist confirmed by whoever registered it, its first review not yet scheduled. */
  static OfficialAccount registered(String platform, String handle, String url, String overseerId, String by,
      OffsetDateTime at) {
    return new OfficialAccount(null, platform, handle, url, overseerId, true, true, true, by, at, by, at, null, null,
        null, null);
  }

  public boolean isClosed() {
    return closedAt != null;
  }

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
        registeredAt, confirmed ? by : checklistConfirmedBy, confirmed ? at : checklistConfirmedAt, nextReviewDueAt,
        closedBy, closedAt, closeReason);
  }

  OfficialAccount nextReviewDue(OffsetDateTime at) {
    return new OfficialAccount(id, platform, handle, url, overseerId, statesMaintainedByDepartment, showsPhoneNumber,
        showsAddress, registeredBy, registeredAt, checklistConfirmedBy, checklistConfirmedAt, at, closedBy, closedAt,
        closeReason);
  }

  OfficialAccount overseenBy(String overseer) {
    return new OfficialAccount(id, platform, handle, url, overseer, statesMaintainedByDepartment, showsPhoneNumber,
        showsAddress, registeredBy, registeredAt, checklistConfirmedBy, checklistConfirmedAt, nextReviewDueAt, closedBy,
        closedAt, closeReason);
  }

  /** Closed: no review is due any more. */
  OfficialAccount closed(String by, OffsetDateTime at, String reason) {
    return new OfficialAccount(id, platform, handle, url, overseerId, statesMaintainedByDepartment, showsPhoneNumber,
        showsAddress, registeredBy, registeredAt, checklistConfirmedBy, checklistConfirmedAt, null, by, at, reason);
  }
}
