-- Issue 12: an employee may report their own posting (Purpose 4: inadvertent postings; §V.A); the case says so,
-- and the discipline recommendation (bpmn/discipline-recommendation.dmn) reads it.
ALTER TABLE violation_report ADD COLUMN self_reported BOOLEAN DEFAULT FALSE NOT NULL;
