package org.policy321.posting;

import java.util.List;

/**
 * The glue between {@code bpmn/official-post.bpmn}, its forms and the Java code: the process key, the element ids
 * tests and listeners refer to, every variable name and the values the forms offer. Form fields use the same names
 * (see {@code forms/*-post*.html}).
 */
public final class OfficialPost {

  public static final String PROCESS_KEY = "official-post";
  /** The bean every timer and due date of the diagram reads: {@link PostingDeadlines}. */
  public static final String DEADLINES_BEAN = "postingDeadlines";
  /**
   * The external task topic of the publication step when a connector publishes ({@code policy.posting.publication-connector}):
   * the worker completes it with {@link Vars#PUBLISHED_AT} and {@link Vars#POST_URL}, or raises the BPMN error
   * {@link #ERROR_PUBLISH_BY_HAND} to hand the post to its poster.
   */
  public static final String TOPIC_PUBLISH = "publish-post";
  /** The BPMN error code a connector raises when it cannot publish: the poster publishes by hand. */
  public static final String ERROR_PUBLISH_BY_HAND = "PublishByHand";

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String START = "StartEvent_PostDrafted";
    public static final String REGISTER_POST = "Task_RegisterPost";
    public static final String REVIEW_REQUEST = "Task_ReviewRequest";
    public static final String SCREEN_POST = "Task_ScreenPost";
    public static final String CHECK_POST = "Task_CheckPost";
    public static final String DECIDE_ON_POST = "Task_DecideOnPost";
    public static final String APPROVE_AS_OVERSEER = "Task_ApproveAsOverseer";
    public static final String REVISE_POST = "Task_RevisePost";
    public static final String PUBLISH_BY_CONNECTOR = "Task_PublishByConnector";
    public static final String PUBLISH_BY_HAND = "BoundaryEvent_PublishByHand";
    public static final String PUBLISH_POST = "Task_PublishPost";
    public static final String RECORD_PUBLICATION = "Task_RecordPublication";
    public static final String REVIEW_PUBLISHED_NOTICE = "Task_ReviewPublishedNotice";
    public static final String REVIEW_OVERDUE = "BoundaryEvent_ReviewOverdue";
    public static final String MARK_REVIEW_OVERDUE = "Task_MarkReviewOverdue";
    public static final String REVIEW_MARKED_OVERDUE = "EndEvent_ReviewMarkedOverdue";
    public static final String TAKE_DOWN_POST = "Task_TakeDownPost";
    public static final String READ_POST_OUTCOME = "Task_ReadPostOutcome";
    public static final String POST_PUBLISHED = "EndEvent_PostPublished";
    public static final String NOTICE_REVIEWED = "EndEvent_NoticeReviewed";
    public static final String POST_TAKEN_DOWN = "EndEvent_PostTakenDown";
    public static final String POST_NOT_PUBLISHED = "EndEvent_PostNotPublished";

    private Elements() {}
  }

  /** Process variables (and form field names). */
  public static final class Vars {
    // The draft (start form)
    /** The official accounts, as the register's ids separated by commas ("1,3"). */
    public static final String ACCOUNTS = "accounts";
    public static final String POST_TEXT = "postText";
    /** An image (PNG, JPEG) or PDF to go with the post, optional. */
    public static final String MEDIA = "media";
    /** When the post should go out, as YYYY-MM-DDTHH:MM (UTC) or YYYY-MM-DD; optional. */
    public static final String INTENDED_AT = "intendedAt";
    public static final String CATEGORY = "category";
    /** A critical-incident notice an authorized poster publishes at once, reviewed afterwards (Purpose 6). */
    public static final String URGENT = "urgent";
    /** Set by the engine from the signed-in starter ({@code camunda:initiator}); the name the own-request guard reads. */
    public static final String REQUESTER_ID = "requesterId";
    // Set by Register post, never by a client
    public static final String POST_ID = "postId";
    public static final String POST_NUMBER = "postNumber";
    /** The accounts as people name them ("Facebook @SpringfieldPD"), for the forms. */
    public static final String ACCOUNT_LABELS = "accountLabels";
    public static final String CATEGORY_LABEL = "categoryLabel";
    /** The requester was a current authorized poster: filed directly, not through the chain of command (§I.B). */
    public static final String FILED_BY_POSTER = "filedByPoster";
    public static final String SUPERVISOR_ID = "supervisorId";
    /** {@code policy.posting.hr-approval} when the post was filed: HR or the accounts' overseer approve too. */
    public static final String HR_APPROVAL = "hrApproval";
    /** {@code policy.posting.publication-connector} when the post was filed: a connector publishes. */
    public static final String PUBLICATION_BY_CONNECTOR = "publicationByConnector";
    // The supervisor (§I.B chain of command)
    public static final String SUPERVISOR_DECISION = "supervisorDecision";
    public static final String SUPERVISOR_NOTE = "supervisorNote";
    // The screen (§IV), set by Screen post
    /** The flags, one per line, each naming its clause; empty when the screen found nothing. */
    public static final String SCREEN_FLAGS = "screenFlags";
    public static final String FLAG_COUNT = "flagCount";
    // The poster's check and attestation (§IV, §I.B)
    /** The §IV items the poster says the post contains, as codes separated by commas ("§IV.A,§IV.G"); empty: none. */
    public static final String PROHIBITED_ITEMS = "prohibitedItems";
    /** The poster checked the post against every item §IV.A–K (must be true). */
    public static final String ATTESTED_EACH_ITEM = "attestedEachItem";
    /** The post strictly conforms to the Chief's content guidelines (§I.B). */
    public static final String CONFORMS_TO_GUIDELINES = "conformsToGuidelines";
    /** Set by the attestation: the authorized poster who checked the post and publishes it. */
    public static final String POSTER_ID = "posterId";
    /** Set by the attestation: {@link Routes}. */
    public static final String ROUTE = "route";
    // The Chief's or a designee's decision (§I.B, §IV)
    public static final String POST_DECISION = "postDecision";
    public static final String NOTATION = "notation";
    /** The Chief's express written authorization to release the §IV content the post contains. */
    public static final String WRITTEN_AUTHORIZATION = "writtenAuthorization";
    // HR or the accounts' overseer (§II.C, §VI.B)
    public static final String OVERSEER_DECISION = "overseerDecision";
    public static final String OVERSEER_NOTATION = "overseerNotation";
    // The poster's revision
    /** A replacement media file sent with a revision (Tasklist's field); empty keeps the one there is. */
    public static final String NEW_MEDIA = "newMedia";
    /** Set by the revision step: the media file is removed from the post. */
    public static final String REMOVE_MEDIA = "removeMedia";
    // Publication
    /** When the post went out, YYYY-MM-DDTHH:MM (UTC) or an ISO instant. */
    public static final String PUBLISHED_AT = "publishedAt";
    public static final String POST_URL = "postUrl";
    /** Set by the poster's publication task, never by a client: who published by hand (absent: the connector). */
    public static final String PUBLISHED_BY = "publishedBy";
    // The review of an urgent notice after publication
    public static final String REVIEW_OUTCOME = "reviewOutcome";
    public static final String REVIEW_NOTATION = "reviewNotation";
    // The take-down the review directed
    public static final String TAKE_DOWN_NOTE = "takeDownNote";
    /** Set by the steps that end a post unpublished: what the requester reads. */
    public static final String OUTCOME = "outcome";

    private Vars() {}
  }

  /** Values of {@link Vars#SUPERVISOR_DECISION}. */
  public static final class SupervisorDecisions {
    public static final String FORWARD = "forward";
    public static final String DECLINE = "decline";
    public static final List<String> ALL = List.of(FORWARD, DECLINE);

    private SupervisorDecisions() {}
  }

  /** Values of {@link Vars#POST_DECISION} and {@link Vars#OVERSEER_DECISION}. */
  public static final class Decisions {
    public static final String APPROVE = "approve";
    public static final String CHANGES = "changes";
    public static final String REJECT = "reject";
    /** Every decision there is; Tasklist's selects offer exactly these (FormOptionsTest). */
    public static final List<String> ALL = List.of(APPROVE, CHANGES, REJECT);

    private Decisions() {}
  }

  /** Values of {@link Vars#ROUTE}, set by the attestation. */
  public static final class Routes {
    /** Strictly conforming, no flag, no §IV item: straight to publication (and HR, where configured). */
    public static final String DIRECT = "direct";
    /** To the Chief or a designee first (§I.B, §IV). */
    public static final String APPROVAL = "approval";
    /** An urgent critical-incident notice: published at once, reviewed afterwards. */
    public static final String URGENT = "urgent";
    public static final List<String> ALL = List.of(DIRECT, APPROVAL, URGENT);

    private Routes() {}
  }

  /** Values of {@link Vars#REVIEW_OUTCOME}. */
  public static final class ReviewOutcomes {
    public static final String CONFIRMED = "confirmed";
    public static final String TAKE_DOWN = "take-down";
    public static final List<String> ALL = List.of(CONFIRMED, TAKE_DOWN);

    private ReviewOutcomes() {}
  }

  private OfficialPost() {}
}
