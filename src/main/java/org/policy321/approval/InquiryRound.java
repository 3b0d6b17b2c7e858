package org.policy321.approval;

import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One "further inquiry" of §III.R: the question on the request, and the requester's answer. */
@Table("inquiry_round")
public class InquiryRound {

  @Id Long id;
  int roundNo;
  String question;
  String askedBy;
  OffsetDateTime askedAt;
  String answer;
  boolean layoutReplaced;
  OffsetDateTime answeredAt;

  InquiryRound() {}

  InquiryRound(int roundNo, String question, String askedBy, OffsetDateTime askedAt) {
    this.roundNo = roundNo;
    this.question = question;
    this.askedBy = askedBy;
    this.askedAt = askedAt;
  }

  public int roundNo() {
    return roundNo;
  }

  public String question() {
    return question;
  }

  public String askedBy() {
    return askedBy;
  }

  public OffsetDateTime askedAt() {
    return askedAt;
  }

  public String answer() {
    return answer;
  }

  public boolean layoutReplaced() {
    return layoutReplaced;
  }

  public OffsetDateTime answeredAt() {
    return answeredAt;
  }

  boolean isOpen() {
    return answeredAt == null;
  }
}
