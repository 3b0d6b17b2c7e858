-- Issue 18, every record stored once. A File variable's bytes are a row of document (type UPLOAD, or the
-- generated document it is), and the engine's variable and its history keep the row's id; evidence files
-- refer to the same row instead of holding a second copy. Rows written before keep their content where it is.
ALTER TABLE case_evidence ADD COLUMN document_id BIGINT REFERENCES document (id);

-- Records retention removes a case's documents by their number (the case's, or the case's and a suffix).
CREATE INDEX document_number_idx ON document (document_number);
