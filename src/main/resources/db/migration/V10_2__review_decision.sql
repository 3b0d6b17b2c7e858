-- §III.R: an unanswered review or a requester who left goes to the Chief or a designee, who keeps the approval or
-- directs its removal; their decision is recorded with the requester's answers. Null for a requester's answer.
ALTER TABLE approval_review ADD COLUMN decision VARCHAR(20);
