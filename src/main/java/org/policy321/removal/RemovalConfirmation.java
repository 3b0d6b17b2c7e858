package org.policy321.removal;

import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The requester's confirmation that the posting is removed, and the designee's verification of it. */
@Table("removal_confirmation")
public class RemovalConfirmation {

  @Id Long id;
  int roundNo;
  String evidenceUrl;
  String statement;
  String evidenceFile;
  OffsetDateTime confirmedAt;
  Boolean verified;
  String verifiedBy;
  String verifierNote;
  OffsetDateTime verifiedAt;

  RemovalConfirmation() {}

  RemovalConfirmation(int roundNo, RemovalEvidence evidence, OffsetDateTime confirmedAt) {
    this.roundNo = roundNo;
    this.evidenceUrl = evidence.url();
    this.statement = evidence.statement();
    this.evidenceFile = evidence.fileName();
    this.confirmedAt = confirmedAt;
  }

  public int roundNo() { return roundNo; }
  public String evidenceUrl() { return evidenceUrl; }
  public String statement() { return statement; }
  public String evidenceFile() { return evidenceFile; }
  public OffsetDateTime confirmedAt() { return confirmedAt; }
  public Boolean verified() { return verified; }
  public String verifiedBy() { return verifiedBy; }
  public String verifierNote() { return verifierNote; }
  public OffsetDateTime verifiedAt() { return verifiedAt; }
}
