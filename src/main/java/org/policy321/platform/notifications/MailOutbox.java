package org.policy321.platform.notifications;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Holds the mails of the engine's current transaction until it commits. Task events arrive while
 * the engine's command runs, and that command may still fail (an invalid form refused, a job that
 * will be retried): a rolled-back transaction sends nothing. Mails prepared twice in one
 * transaction are sent once.
 *
 * <p>The engine runs every command in a Spring transaction (its Spring configuration), so there
 * is one to wait for; a mail posted outside any transaction has nothing to wait for and goes at once.
 */
final class MailOutbox {

  private final NotificationMailer mailer;

  MailOutbox(NotificationMailer mailer) {
    this.mailer = mailer;
  }

  void post(Collection<TaskMail> mails) {
    if (mails.isEmpty()) {
      return;
    }
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      mailer.sendLater(List.copyOf(mails));
      return;
    }
    currentBatch().mails.addAll(mails);
  }

  /**
   * The batch registered with the current transaction. Looked up among the transaction's own
   * synchronizations rather than bound to the thread, so a transaction suspended for a nested one
   * (REQUIRES_NEW) keeps its mails apart from the nested one's.
   */
  private Batch currentBatch() {
    for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
      if (synchronization instanceof Batch batch && batch.outbox() == this) {
        return batch;
      }
    }
    Batch batch = new Batch();
    TransactionSynchronizationManager.registerSynchronization(batch);
    return batch;
  }

  private final class Batch implements TransactionSynchronization {

    private final Set<TaskMail> mails = new LinkedHashSet<>();

    MailOutbox outbox() {
      return MailOutbox.this;
    }

    @Override
    public void afterCommit() {
      mailer.sendLater(List.copyOf(mails));
    }
  }
}
