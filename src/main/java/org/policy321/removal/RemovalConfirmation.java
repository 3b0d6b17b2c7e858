package org.policy321.removal;

import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One answer of the requester (§III.R): removed (with evidence, then the designee's verification of it),
 * cannot remove all of it (what remains outside their control, optionally with evidence of what was
 * removed), or refused (with the reason).
 */
@Table("removal_confirmation")
public class RemovalConfirmation {

  @Id Long id;
  int roundNo;
  String outcome;
  String explanation;
  String evidenceUrl;
  String statement;
  String evidenceFile;
  OffsetDateTime confirmedAt;
  Boolean verified;
  String verifiedBy;
  String verifierNote;
  OffsetDateTime verifiedAt;

  RemovalConfirmation() {}

  RemovalConfirmation(int roundNo, String outcome, RemovalEvidence evidence, String explanation,
      OffsetDateTime confirmedAt) {
    this.roundNo = roundNo;
    this.outcome = outcome;
    this.explanation = explanation;
    if (evidence != null) {
      this.evidenceUrl = evidence.url();
      this.statement = evidence.statement();
      this.evidenceFile = evidence.fileName();
    }
    this.confirmedAt = confirmedAt;
  }

  public int roundNo() { return roundNo; }
  /** One of {@link RemovalOnDirection.Outcomes}. */
  public String outcome() { return outcome; }
  /** Why not all of it, or why not at all. */
  public String explanation() { return explanation; }
  public String evidenceUrl() { return evidenceUrl; }
  public String statement() { return statement; }
  public String evidenceFile() { return evidenceFile; }
  public OffsetDateTime confirmedAt() { return confirmedAt; }
  public Boolean verified() { return verified; }
  public String verifiedBy() { return verifiedBy; }
  public String verifierNote() { return verifierNote; }
  public OffsetDateTime verifiedAt() { return verifiedAt; }
}
