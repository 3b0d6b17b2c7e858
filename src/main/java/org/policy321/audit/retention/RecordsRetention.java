package org.policy321.audit.retention;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.policy321.audit.CaseFinder;
import org.policy321.platform.cases.CaseCatalog;
import org.policy321.platform.cases.CaseRecord;
import org.policy321.platform.documents.DocumentService;
import org.policy321.platform.documents.FileVariableRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Nightly, beside the engine's history cleanup (its batch window, {@code camunda.bpm.generic-properties}): keeps held
 * cases held, and removes the application's own rows and documents of every case whose engine history is gone — so
 * nothing outlives its record, and nothing goes before it. A case can only have lost its history once its time to
 * live has passed since it was opened, so only cases that old are looked at.
 */
@Service
public class RecordsRetention {

  private static final Logger LOG = LoggerFactory.getLogger(RecordsRetention.class);

  private final CaseFinder finder;
  private final LegalHolds holds;
  private final DocumentService documents;
  private final FileVariableRows uploads;
  private final RetentionProperties retention;
  private final Clock clock;

  RecordsRetention(CaseFinder finder, LegalHolds holds, DocumentService documents, FileVariableRows uploads,
      RetentionProperties retention, Clock clock) {
    this.finder = finder;
    this.holds = holds;
    this.documents = documents;
    this.uploads = uploads;
    this.retention = retention;
    this.clock = clock;
  }

  /** Before the cleanup window opens: held cases keep no removal time. */
  @Scheduled(cron = "${policy.retention.renew-holds-cron}")
  public void renewHolds() {
    holds.renew();
  }

  /** After the cleanup window: the cases whose history the engine removed. Returns how many cases were removed. */
  @Scheduled(cron = "${policy.retention.records-cleanup-cron}")
  public int removeExpiredRecords() {
    int removed = 0;
    for (CaseCatalog catalog : finder.catalogs()) {
      OffsetDateTime oldEnough = OffsetDateTime.now(clock).minusDays(retention.days(catalog.kind()));
      for (CaseRecord record : catalog.openedBetween(null, oldEnough)) {
        if (!holds.isHeld(record.number()) && finder.processInstances(record).isEmpty()) {
          catalog.removeRecords(record);
          int removedDocuments = documents.removeOfCase(record.numbers());
          LOG.info("Records retention: removed case {} and its {} document(s); its history had been removed",
              record.number(), removedDocuments);
          removed++;
        }
      }
    }
    // Uploaded files are rows the variables refer to; the last reference went with the engine's history.
    int removedUploads = uploads.removeUnreferencedUploads();
    if (removedUploads > 0) {
      LOG.info("Records retention: removed {} uploaded file(s) no case refers to any more", removedUploads);
    }
    return removed;
  }
}
