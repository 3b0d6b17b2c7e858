package org.policy321.posting;

import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A department account on a social network (§I.D): where it is, who oversees it (§VI.B), and the set-up checklist —
 * the page says the department maintains it and shows the department's phone number and address — with who
 * confirmed it and when.
 */
@Table("official_account")
public record OfficialAccount(@Id Long id, String platform, String handle, String url, String overseerId,
    boolean statesMaintainedByDepartment, boolean showsPhoneNumber, boolean showsAddress, String registeredBy,
    OffsetDateTime registeredAt, String checklistConfirmedBy, OffsetDateTime checklistConfirmedAt) {

  /** How people name the account: "Facebook @SpringfieldPD". */
  public String label() {
    return platform + " " + handle;
  }
}
