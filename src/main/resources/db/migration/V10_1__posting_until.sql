-- §III.R: the memo states until when the posting stays up (its last day) or that it is open-ended, so that the
-- approval's review can ask for the removal when the date passes. Requests from before keep their free-text
-- posting_period (shown as written) and have neither column set.
ALTER TABLE depiction_request ADD COLUMN posting_until DATE;
ALTER TABLE depiction_request ADD COLUMN posting_open_ended BOOLEAN;
