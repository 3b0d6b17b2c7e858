-- Who is who in the department: rank, unit and chain of command (§V.A routes reports to a supervisor).
-- Names and passwords live in the engine's identity tables; this table adds what Camunda's user lacks.
CREATE TABLE roster_entry (
    user_id       VARCHAR(64)  PRIMARY KEY,
    rank_title    VARCHAR(100) NOT NULL,
    unit          VARCHAR(100) NOT NULL,
    supervisor_id VARCHAR(64)
);
