package org.policy321.removal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.tasks.OwnRequestGuard;
import org.springframework.stereotype.Service;

/** Records the requester's periodic confirmations and the decisions on an approval (§III.R). No engine in here. */
@Service
public class ReviewService {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final ReviewEntryRepository reviews;
  private final RemovalProperties properties;
  private final Roster roster;
  private final Clock clock;

  ReviewService(ReviewEntryRepository reviews, RemovalProperties properties, Roster roster, Clock clock) {
    this.reviews = reviews;
    this.properties = properties;
    this.roster = roster;
    this.clock = clock;
  }

  /** The requester's answer; only the requester answers, and an ended posting needs a word on why. */
  public ReviewEntry record(String approvalNumber, String requesterId, String actingUser, Boolean stillUp, String note) {
    if (!requesterId.equals(actingUser)) {
      throw new InvalidInputException("Only the requester, " + roster.nameOf(requesterId) + ", can answer the review of " + approvalNumber + ".");
    }
    if (stillUp == null) {
      throw new InvalidInputException("Say whether the posting is still up and unchanged, or has ended (§III.R).");
    }
    String text = FormValues.optional(note, "The note", FormValues.MAX_TEXT);
    if (!stillUp && text == null) {
      throw new InvalidInputException("Say briefly how the posting ended or changed; the removal starts from it.");
    }
    return reviews.save(new ReviewEntry(null, approvalNumber, actingUser, stillUp, text, OffsetDateTime.now(clock), null));
  }

  /**
   * The Chief's or a designee's decision on an approval nobody answered for: keep it (with a note) or direct
   * its removal (with a reason). Nobody else decides, and never the requester (§III.R).
   */
  public ReviewEntry decide(String approvalNumber, String requesterId, String actingUser, String decision, String note) {
    if (actingUser == null || !roster.belongsTo(actingUser, Groups.CHIEF, Groups.DESIGNEE)) {
      throw new InvalidInputException("Only the Chief of Police or a designee decides whether approval " + approvalNumber
          + " stays (§III.R).");
    }
    OwnRequestGuard.refuseRequester(actingUser, requesterId);
    String choice = FormValues.blankToNull(decision);
    boolean keep = ApprovalReview.Decisions.KEEP.equals(choice);
    if (!keep && !ApprovalReview.Decisions.DIRECT_REMOVAL.equals(choice)) {
      throw new InvalidInputException("Choose whether the approval stays (" + ApprovalReview.Decisions.KEEP
          + ") or its removal is directed (" + ApprovalReview.Decisions.DIRECT_REMOVAL + "), not "
          + (choice == null ? "nothing" : "\"" + choice + "\"") + " (§III.R).");
    }
    String text = FormValues.required(note, keep ? "A note on why the approval stays"
        : "The reason for the direction to remove");
    return reviews.save(new ReviewEntry(null, approvalNumber, actingUser, keep, text, OffsetDateTime.now(clock), choice));
  }

  public String unansweredReason(String approvalNumber) {
    return "The periodic review of approval " + approvalNumber + " was not answered within " + properties.reviewDeadline()
        + " (Policy 3.21 §III.R).";
  }

  public String requesterLeftReason(String approvalNumber, String requesterId, String how) {
    return "The requester left the department: " + requesterId + "'s account was " + how + ". Approval " + approvalNumber
        + " is still in force (Policy 3.21 §III.R).";
  }

  /** The removal reason when the posting period has passed: names the last day the memo gave. */
  public String postingPeriodEndedReason(String approvalNumber, Date postingEndsAt) {
    LocalDate lastDay = LocalDate.ofInstant(postingEndsAt.toInstant(), clock.getZone()).minusDays(1);
    return "The posting period ended: approval " + approvalNumber + " covered the posting until " + DAY.format(lastDay)
        + " (Policy 3.21 §III.R).";
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
