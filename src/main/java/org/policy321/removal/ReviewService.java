package org.policy321.removal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.forms.InvalidInputException;
import org.springframework.stereotype.Service;

/** Records the requester's periodic confirmations (§III.R). No engine in here. */
@Service
public class ReviewService {

  private final ReviewEntryRepository reviews;
  private final RemovalProperties properties;
  private final Clock clock;

  ReviewService(ReviewEntryRepository reviews, RemovalProperties properties, Clock clock) {
    this.reviews = reviews;
    this.properties = properties;
    this.clock = clock;
  }

  /** The requester's answer; only the requester answers, and an ended posting needs a word on why. */
  public ReviewEntry record(String approvalNumber, String requesterId, String actingUser, Boolean stillUp, String note) {
    if (!requesterId.equals(actingUser)) {
      throw new InvalidInputException("Only the requester, " + requesterId + ", can answer the review of " + approvalNumber + ".");
    }
    if (stillUp == null) {
      throw new InvalidInputException("Say whether the posting is still up and unchanged, or has ended (§III.R).");
    }
    String text = FormValues.optional(note, "The note", FormValues.MAX_TEXT);
    if (!stillUp && text == null) {
      throw new InvalidInputException("Say briefly how the posting ended or changed; the removal starts from it.");
    }
    return reviews.save(new ReviewEntry(null, approvalNumber, actingUser, stillUp, text, OffsetDateTime.now(clock)));
  }

  public List<ReviewEntry> of(String approvalNumber) {
    return reviews.findByApprovalNumberOrderByIdAsc(approvalNumber);
  }

  public String interval() {
    return properties.reviewInterval();
  }

  public String answerDeadline() {
    return properties.reviewDeadline();
  }
}
