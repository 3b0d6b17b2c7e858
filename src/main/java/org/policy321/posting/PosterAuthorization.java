package org.policy321.posting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The Chief's or a designee's authorization of one employee to post to and manage department accounts (§I.A): which
 * accounts, from which equipment (an exception names who allowed what), by whom and when; a revocation ends it with
 * its own who, when and why, and the row stays as the record.
 */
@Table("poster_authorization")
public record PosterAuthorization(@Id Long id, String userId, PostingEquipment equipment, String equipmentException,
    String authorizedBy, OffsetDateTime authorizedAt, String revokedBy, String revocationReason,
    OffsetDateTime revokedAt, @MappedCollection(idColumn = "poster_authorization") Set<PosterAccount> accounts) {

  static PosterAuthorization granted(String userId, List<Long> accountIds, PostingEquipment equipment,
      String equipmentException, String by, OffsetDateTime at) {
    Set<PosterAccount> accounts = Set.copyOf(accountIds.stream().map(PosterAccount::new).toList());
    return new PosterAuthorization(null, userId, equipment, equipmentException, by, at, null, null, null, accounts);
  }

  PosterAuthorization revoked(String by, String why, OffsetDateTime at) {
    return new PosterAuthorization(id, userId, equipment, equipmentException, authorizedBy, authorizedAt, by, why, at,
        accounts);
  }

  public boolean current() {
    return revokedAt == null;
  }

  public boolean covers(long accountId) {
    return accounts.stream().anyMatch(account -> account.accountId() == accountId);
  }
}
