-- Issue 18: the product's own lookups go through indexes, so that none of them reads ten years of cases:
-- the cases opened in a period (the auditors' search, records retention), by status (lists and filters),
-- a training by its process instance (Cockpit's link to the case). A case by its number and a person's cases
-- already have theirs (primary keys, unique numbers, requester_id, subject_id, user_id).
CREATE INDEX depiction_request_submitted ON depiction_request (submitted_at);
CREATE INDEX depiction_request_status ON depiction_request (status);
CREATE INDEX violation_report_received ON violation_report (received_at);
CREATE INDEX violation_report_status ON violation_report (status);
CREATE INDEX official_post_created ON official_post (created_at);
CREATE INDEX guideline_acknowledgement_requested ON guideline_acknowledgement (requested_at);
CREATE INDEX training_record_started ON training_record (started_at);
CREATE INDEX training_record_process_instance ON training_record (process_instance_id);
