package org.policy321.approval;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.platform.forms.UploadCheck;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.tasks.OwnRequestGuard;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the request and every step of its review (§III.E, §III.R). No engine in here. */
@Service
public class DepictionRequestService {

  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final DepictionRequestRepository requests;
  private final DepictionProperties properties;
  private final Clock clock;
  private final String reviewInterval;
  private final Roster roster;

  DepictionRequestService(DepictionRequestRepository requests, DepictionProperties properties, Clock clock,
      @Value("${policy.removal.review-interval}") String reviewInterval, Roster roster) {
    this.requests = requests;
    this.roster = roster;
    this.properties = properties;
    this.clock = clock;
    this.reviewInterval = reviewInterval;
  }

  /** The posting period as the memo's readers see it: "until 30 June 2027" or "open-ended, reviewed every year" (§III.R). */
  public String postingPeriod(DepictionRequest request) {
    return PostingPeriod.describe(request.postingUntil(), request.postingOpenEnded(), request.postingPeriod(),
        reviewInterval);
  }

  /** Checks the memo (and its layout by content) and records it. */
  @Transactional
  public DepictionRequest register(String processInstanceId, String requesterId, Submission submission) {
    if (requesterId == null) {
      throw new InvalidInputException("A memo to the Chief must come from a signed-in employee (§III.E).");
    }
    checkLayout(submission.layout() == null ? null : submission.layout());
    return requests.save(new DepictionRequest(processInstanceId, requesterId, submission, now()));
  }

  void checkLayout(org.policy321.platform.forms.Upload layout) {
    if (layout != null) {
      UploadCheck.check("The layout (§III.E item 3)", layout, properties.maxLayoutBytes());
    }
  }

  /** The decision or inquiry, noted on the request (§III.R). */
  @Transactional
  public DepictionRequest recordDecision(long requestId, DecisionInput input, String deciderId) {
    DepictionRequest request = underReview(requestId);
    OwnRequestGuard.refuseRequester(deciderId, request.requesterId());
    if (input.isApproval() && Depiction.anyNeverApprovable(request.depictions())) {
      throw new InvalidInputException(Depiction.NEVER_APPROVABLE);
    }
    if (input.isInquiry()) {
      request.ask(input.notation(), deciderId, now());
    } else {
      request.decide(input.decision(), input.notation(), input.disapprovalReason(), deciderId, now());
    }
    return requests.save(request);
  }

  @Transactional
  public DepictionRequest recordAnswer(long requestId, String answer, boolean layoutReplaced) {
    DepictionRequest request = underReview(requestId);
    request.answer(FormValues.required(answer, "The answer to the inquiry"), layoutReplaced, now());
    return requests.save(request);
  }

  @Transactional
  public DepictionRequest close(long requestId, RequestStatus status, String reason) {
    DepictionRequest request = underReview(requestId);
    request.close(status, reason, now());
    return requests.save(request);
  }

  /**
   * The request of the case {@code processInstanceId} runs, standing where the step needs it. The steps
   * that issue records trust no variable: a case moved to a step it never reached (an operator's
   * modification gone wrong) stops here, with an incident, instead of issuing a copy or letter that
   * the record does not support.
   */
  public DepictionRequest ofCase(long requestId, String processInstanceId, RequestStatus expected) {
    DepictionRequest request = get(requestId);
    if (!request.processInstanceId().equals(processInstanceId)) {
      throw new IllegalStateException("Request " + requestId + " belongs to another case; this case may not act on it.");
    }
    if (request.status() != expected) {
      throw new IllegalStateException("Request " + requestId + " is " + request.status() + ", not " + expected
          + ": this step issues nothing the recorded decision does not support.");
    }
    return request;
  }

  public DepictionRequest get(long requestId) {
    return requests.findById(requestId)
        .orElseThrow(() -> new IllegalStateException("No depiction request " + requestId));
  }

  /**
   * Every inquiry round as plain text, in order; the forms and the memorandum show it read-only. Who asked is
   * named as a person reads it, "Deputy Chief Daniel Okafor", not by user id (issue 17).
   */
  public String inquiryHistory(DepictionRequest request) {
    return request.rounds().stream().map(round -> "Round " + round.roundNo() + " — asked by " + roster.nameOf(round.askedBy())
            + " on " + WHEN.format(round.askedAt()) + ":\n  " + round.question() + "\n"
            + (round.isOpen() ? "  (awaiting the requester's answer)"
                : "Answered on " + WHEN.format(round.answeredAt()) + (round.layoutReplaced() ? " (layout replaced)" : "")
                    + ":\n  " + round.answer()))
        .collect(Collectors.joining("\n\n"));
  }

  private DepictionRequest underReview(long requestId) {
    DepictionRequest request = get(requestId);
    if (request.status() != RequestStatus.UNDER_REVIEW) {
      throw new InvalidInputException("Request " + requestId + " is already " + request.status().name().toLowerCase()
          .replace('_', ' ') + "; it can no longer change.");
    }
    return request;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
