-- Issue 12 (Scope, Purpose 9): why the policy applies to the posting, recorded by triage on acceptance.
ALTER TABLE violation_report ADD COLUMN policy_scope VARCHAR(30);
