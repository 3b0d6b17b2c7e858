package org.policy321.bench;

import static org.policy321.approval.DepictionApproval.Elements;
import static org.policy321.approval.DepictionApproval.Vars;

import java.util.HashMap;
import java.util.Map;
import org.policy321.approval.DepictionApproval;
import org.policy321.approval.DepictionApproval.Decisions;

/**
 * Phase (b): the depiction approval, approved after one inquiry round, as the real process runs
 * it: the memo is checked and recorded, the memorandum generated (PDF/A, stored with its SHA-256),
 * the Chief inquires, the requester answers, the memorandum is generated again, the Chief approves,
 * the approval copy is issued (PDF/A), the requester acknowledges it, the approval becomes active
 * and its periodic review process starts. Three documents per instance; no layout attached.
 */
final class DepictionApprovalDriver implements InstanceDriver {

  /** Documents per instance on this path: memorandum, memorandum again, approval copy. */
  static final int DOCUMENTS_PER_INSTANCE = 3;

  private final ProcessSteps steps;

  DepictionApprovalDriver(ProcessSteps steps) {
    this.steps = steps;
  }

  @Override
  public String name() {
    return "(b) depiction approval";
  }

  @Override
  public String processKey() {
    return DepictionApproval.PROCESS_KEY;
  }

  @Override
  public void runOne(int index) {
    String pi = steps.start("employee", DepictionApproval.PROCESS_KEY, memo(index));
    steps.runDueJob(pi); // generate memorandum
    steps.claimAndComplete(pi, Elements.DECIDE_ON_MEMO, "chief",
        Map.of(Vars.DECISION, Decisions.INQUIRE, Vars.NOTATION, "Which photograph exactly, and taken where?"));
    steps.complete(pi, Elements.ANSWER_INQUIRY, "employee",
        Map.of(Vars.ANSWER, "The photograph from the charity run on 12 May, taken in the park, not on department premises."));
    steps.runDueJob(pi); // generate memorandum again, with the inquiry round
    steps.claimAndComplete(pi, Elements.DECIDE_ON_MEMO, "chief",
        Map.of(Vars.DECISION, Decisions.APPROVE, Vars.NOTATION, "Approved as described in the answer."));
    steps.runDueJob(pi); // issue approval copy
    steps.complete(pi, Elements.ACKNOWLEDGE_APPROVAL_COPY, "employee", Map.of(Vars.ACKNOWLEDGED, Boolean.TRUE));
  }

  private static Map<String, Object> memo(int index) {
    Map<String, Object> memo = new HashMap<>();
    memo.put(Vars.PROPOSED_USAGE, "A photograph of me in uniform beside a marked unit on my recruiting blog");
    memo.put(Vars.PURPOSE, "Encourage young people in the city to apply to the police academy (" + index + ")");
    memo.put(Vars.DEPICTIONS, "uniform,marked-unit");
    memo.put(Vars.PLATFORM, "Personal blog");
    memo.put(Vars.URL, "https://blog.example.org/join");
    memo.put(Vars.POSTING_OPEN_ENDED, true);
    return memo;
  }
}
