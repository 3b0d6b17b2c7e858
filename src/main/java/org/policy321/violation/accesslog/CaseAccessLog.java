package org.policy321.violation.accesslog;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.policy321.violation.ViolationReport;
import org.springframework.stereotype.Service;

/**
 * The case access log (§V "Who sees what"): every opening of a violation case by anyone — a task,
 * the case, a document — with who, when and what, for Internal Affairs and auditors to read. The package's
 * one entry point: the engine REST API's openings are found by its own filter (CaseAccessFilter), the
 * application's (the case view, evidence) are recorded here. Each case's log is a hash chain: see
 * {@link AccessLogChain}, which also verifies it.
 */
@Service
public class CaseAccessLog {

  /**
   * Repeats of the same opening (same person, case, action and detail) within this window are one
   * row: Tasklist calls several endpoints to open one task (the task, its form, its form variables,
   * its variables), and a log with four rows per click would bury the accesses that matter.
   */
  public static final Duration REPEATS_COLLAPSE_WITHIN = Duration.ofMinutes(1);

  private final CaseAccessRepository accesses;
  private final AccessLogChain chain;
  private final Clock clock;

  CaseAccessLog(CaseAccessRepository accesses, AccessLogChain chain, Clock clock) {
    this.accesses = accesses;
    this.chain = chain;
    this.clock = clock;
  }

  /** Records that the user opened the case's {@code detail} (the case record, a document, an evidence item). */
  public void record(String userId, ViolationReport report, CaseAccessAction action, String detail) {
    record(userId, CaseOpening.of(report, action, detail));
  }

  /**
   * Records that the user opened the case, as the next link of the case's chain. The repeat check runs while
   * the chain is locked, so that Tasklist's parallel calls for one task, on one node or several, do not both
   * find "no recent row".
   */
  void record(String userId, CaseOpening opening) {
    chain.append(opening.caseNumber(), () -> {
      OffsetDateTime now = OffsetDateTime.now(clock);
      boolean repeat = accesses.existsByUserIdAndCaseNumberAndActionAndDetailAndAccessedAtAfter(userId,
          opening.caseNumber(), opening.action(), opening.detail(), now.minus(REPEATS_COLLAPSE_WITHIN));
      return repeat ? Optional.empty() : Optional.of(CaseAccess.of(userId, opening, now));
    });
  }

  /**
   * Removes the case's log with its record (records retention): its entries and its chain's head together, so that
   * the check does not report a chain removed on schedule as entries removed.
   */
  public void removeWithCase(String caseNumber) {
    chain.remove(caseNumber);
  }

  /** Every opening of the case, oldest first. */
  public List<CaseAccess> of(String caseNumber) {
    return accesses.findByCaseNumberOrderByAccessedAtAscIdAsc(caseNumber);
  }
}
