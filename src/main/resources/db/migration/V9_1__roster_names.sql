-- Names on documents come from the roster the department keeps, not from the engine's user record, which
-- every user may edit for themselves (Camunda grants each user ALL on their own USER resource). Entries made
-- before this migration have no name until the roster is updated; documents then show the user id.
ALTER TABLE roster_entry ADD COLUMN first_name VARCHAR(100);
ALTER TABLE roster_entry ADD COLUMN last_name VARCHAR(100);
