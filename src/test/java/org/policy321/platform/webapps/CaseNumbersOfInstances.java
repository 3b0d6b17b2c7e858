package org.policy321.platform.webapps;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The number a started instance was registered under, read from the feature's own table. */
record CaseNumbersOfInstances(JdbcClient jdbc) {

  /** The depiction request the instance registered (table depiction_request): its number is DR-<id>. */
  long requestId(String processInstanceId) {
    return jdbc.sql("SELECT id FROM depiction_request WHERE process_instance_id = ?").param(processInstanceId)
        .query(Long.class).single();
  }

  /** The case number the violation report was registered under (table violation_report). */
  String caseNumber(String processInstanceId) {
    return jdbc.sql("SELECT case_number FROM violation_report WHERE process_instance_id = ?").param(processInstanceId)
        .query(String.class).single();
  }
}
