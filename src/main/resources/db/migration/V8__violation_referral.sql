-- §V cases opened by another process (an overdue or refused removal, §III.R) rather than by a person:
-- the case names the process instance that referred it, and the intent names the case it became.
ALTER TABLE violation_report ADD COLUMN referred_by VARCHAR(64);
ALTER TABLE violation_intent ADD COLUMN case_number VARCHAR(20);
