-- Issue 12, due process (§V.B, §III.K). The notice of allegation to the employee concerned, and their written
-- statement: given (statement_text), declined, or not given by statement_due_at; no finding is recorded before it.
ALTER TABLE violation_report ADD COLUMN allegation_noticed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE violation_report ADD COLUMN statement_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE violation_report ADD COLUMN statement_outcome VARCHAR(20);
ALTER TABLE violation_report ADD COLUMN statement_text VARCHAR(4000);
ALTER TABLE violation_report ADD COLUMN statement_at TIMESTAMP WITH TIME ZONE;
-- The measure the last notice of intent announced: the final discipline may not be harsher without a new notice.
ALTER TABLE violation_report ADD COLUMN noticed_discipline VARCHAR(30);
