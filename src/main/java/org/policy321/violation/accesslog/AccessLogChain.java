package org.policy321.violation.accesslog;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.policy321.violation.accesslog.ChainCheck.BrokenLink;
import org.policy321.violation.accesslog.ChainCheck.Kind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access log of each violation case as a hash chain (issue 13, tamper-evident logs): entry n carries the
 * hash of entry n-1 and its own hash over its fields and that link ({@link AccessLogHash}); the case's head row
 * ({@code case_access_chain}) holds the count and the last hash. One chain per case, not one for all: the case
 * file of a case proves its own log without the other cases' entries (which it may not show), and appends to
 * different cases never wait for each other.
 *
 * <p>Appending locks the case's head row ({@code SELECT … FOR UPDATE}) for the length of the append, so
 * threads and cluster nodes append one after another, each after the last one's hash; the unique place
 * ({@code case_number, entry_no}) refuses a second entry at one place should anything bypass the lock.
 *
 * <p>What the chain proves: that no entry was changed, removed or put in between since it was written, unless
 * whoever did it also recomputed every later hash and the head. Someone with write access to the database and
 * this source can do that; the check's output (each case's count and last hash), kept outside the database,
 * pins the log as it was at that time.
 */
@Service
public class AccessLogChain {

  private final CaseAccessRepository accesses;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate inTransaction;
  private final TransactionTemplate inOwnTransaction;

  AccessLogChain(CaseAccessRepository accesses, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.accesses = accesses;
    this.jdbc = jdbc;
    this.inTransaction = new TransactionTemplate(transactions);
    this.inOwnTransaction = new TransactionTemplate(transactions);
    this.inOwnTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Appends the entry {@code entry} supplies, if any, to the case's chain. The supplier runs while the chain
   * is locked, so that what it decides (e.g. "a repeat of the last minute: nothing to write") holds across nodes.
   */
  void append(String caseNumber, Supplier<Optional<CaseAccess>> entry) {
    createHeadIfAbsent(caseNumber);
    inTransaction.executeWithoutResult(status -> {
      Head head = jdbc.queryForObject(
          "SELECT entries, last_hash FROM case_access_chain WHERE case_number = ? FOR UPDATE",
          (rs, row) -> new Head(rs.getLong("entries"), rs.getString("last_hash")), caseNumber);
      entry.get().ifPresent(unchained -> {
        CaseAccess chained = accesses.save(unchained.chained(head.entries() + 1, head.lastHash()));
        jdbc.update("UPDATE case_access_chain SET entries = ?, last_hash = ? WHERE case_number = ?",
            chained.entryNo(), chained.entryHash(), caseNumber);
      });
    });
  }

  /**
   * The case's first broken link, or intact. Walks the entries in chain order and checks each one's hash (changed),
   * its place (removed before it, or a place taken twice) and its link to the entry before (replaced), then the
   * head's count and last hash (entries removed from the end, or written after it).
   */
  public ChainCheck verify(String caseNumber) {
    List<CaseAccess> entries = accesses.findByCaseNumber(caseNumber).stream()
        .sorted(Comparator.comparing(CaseAccess::entryNo, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CaseAccess::id))
        .toList();
    long expected = 1;
    String previousHash = AccessLogHash.GENESIS;
    CaseAccess before = null;
    for (CaseAccess entry : entries) {
      Optional<BrokenLink> broken = brokenAt(entry, expected, previousHash, before);
      if (broken.isPresent()) {
        return new ChainCheck(caseNumber, entries.size(), broken.get());
      }
      previousHash = entry.entryHash();
      before = entry;
      expected++;
    }
    long count = expected - 1;
    Optional<Head> head = head(caseNumber);
    BrokenLink atTheEnd = head.isPresent() ? brokenAtHead(head.get(), count, before).orElse(null)
        : count == 0 ? null
        : new BrokenLink(null, count + 1, Kind.REMOVED, "The chain's head (its count and last hash) was removed.");
    return new ChainCheck(caseNumber, count, atTheEnd);
  }

  /** Every case's chain; the cases whose chain is broken, each with its first broken link. */
  public AccessLogCheck verifyAll() {
    List<String> cases = jdbc.queryForList(
        "SELECT case_number FROM case_access UNION SELECT case_number FROM case_access_chain ORDER BY 1",
        String.class);
    List<ChainCheck> checks = cases.stream().map(this::verify).toList();
    return new AccessLogCheck(checks.size(), checks.stream().mapToLong(ChainCheck::entries).sum(),
        checks.stream().filter(check -> !check.intact()).toList());
  }

  private static Optional<BrokenLink> brokenAt(CaseAccess entry, long expected, String previousHash,
      CaseAccess before) {
    if (entry.entryNo() == null || entry.previousHash() == null || entry.entryHash() == null) {
      return Optional.of(new BrokenLink(entry.id(), expected, Kind.INSERTED, "Entry " + entry.id()
          + " has no place in the chain: it was written outside the access log."));
    }
    long place = entry.entryNo();
    if (!AccessLogHash.of(entry).equals(entry.entryHash())) {
      return Optional.of(new BrokenLink(entry.id(), place, Kind.CHANGED, "Entry #" + place + " (id " + entry.id()
          + ") was changed after it was written: its user, time, action or detail no longer match its hash."));
    }
    if (place > expected) {
      return Optional.of(new BrokenLink(entry.id(), place, Kind.REMOVED, (place == expected + 1
          ? "Entry #" + expected + " is missing" : "Entries #" + expected + " to #" + (place - 1) + " are missing")
          + " before entry #" + place + " (id " + entry.id() + ")."));
    }
    if (place < expected) {
      return Optional.of(new BrokenLink(entry.id(), place, Kind.INSERTED, "Entry id " + entry.id()
          + " takes place #" + place + " a second time: it was put into the chain afterwards."));
    }
    if (!entry.previousHash().equals(previousHash)) {
      return Optional.of(before == null
          ? new BrokenLink(entry.id(), place, Kind.INSERTED, "Entry #1 (id " + entry.id()
              + ") does not start a chain: it was put in place of the original first entry.")
          : new BrokenLink(before.id(), before.entryNo(), Kind.INSERTED, "Entry #" + before.entryNo() + " (id "
              + before.id() + ") is not the entry that entry #" + place + " was chained to: it was put in place"
              + " of the original."));
    }
    return Optional.empty();
  }

  private static Optional<BrokenLink> brokenAtHead(Head head, long count, CaseAccess last) {
    if (head.entries() > count) {
      return Optional.of(new BrokenLink(null, count + 1, Kind.REMOVED, (head.entries() == count + 1
          ? "The last entry, #" + head.entries() + ", was removed"
          : "The last entries, #" + (count + 1) + " to #" + head.entries() + ", were removed")
          + ": the chain's head counts " + head.entries() + "."));
    }
    if (head.entries() < count) {
      return Optional.of(new BrokenLink(null, head.entries() + 1, Kind.INSERTED, "Entries after #" + head.entries()
          + " were written after the chain's last append, outside the access log."));
    }
    String lastHash = last == null ? AccessLogHash.GENESIS : last.entryHash();
    if (!head.lastHash().equals(lastHash)) {
      return Optional.of(new BrokenLink(last == null ? null : last.id(), count, Kind.INSERTED, "The last entry, #"
          + count + ", is not the one the chain's head recorded: it was put in place of the original."));
    }
    return Optional.empty();
  }

  /** The case's whole chain, entries and head, in the caller's transaction (records retention removes a case). */
  void remove(String caseNumber) {
    jdbc.update("DELETE FROM case_access WHERE case_number = ?", caseNumber);
    jdbc.update("DELETE FROM case_access_chain WHERE case_number = ?", caseNumber);
  }

  /** The head of a case that has none yet, in a transaction of its own: a second node may be creating it too. */
  private void createHeadIfAbsent(String caseNumber) {
    if (head(caseNumber).isPresent()) {
      return;
    }
    try {
      inOwnTransaction.executeWithoutResult(status -> jdbc.update(
          "INSERT INTO case_access_chain (case_number, entries, last_hash) VALUES (?, 0, ?)",
          caseNumber, AccessLogHash.GENESIS));
    } catch (DuplicateKeyException createdMeanwhile) {
      // Another thread or node created it first; its row is the one to lock.
    }
  }

  private Optional<Head> head(String caseNumber) {
    return jdbc.query("SELECT entries, last_hash FROM case_access_chain WHERE case_number = ?",
        (rs, row) -> new Head(rs.getLong("entries"), rs.getString("last_hash")), caseNumber).stream().findFirst();
  }

  private record Head(long entries, String lastHash) {}
}
