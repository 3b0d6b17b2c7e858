package org.policy321.bench.scale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.policy321.approval.DepictionApproval;
import org.policy321.approval.DepictionApproval.Decisions;
import org.policy321.approval.DepictionApproval.Elements;
import org.policy321.approval.DepictionApproval.Vars;
import org.policy321.bench.ProcessSteps;
import org.policy321.platform.identity.Roster;
import org.policy321.posting.OfficialAccounts;
import org.policy321.testing.Officers;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application: a department of {@value #OFFICERS} officers on the roster (besides the demo staff),
 * its cases of every kind driven through the engine ({@link DepartmentCases}), memos waiting for the Chief,
 * and the reads of Tasklist, the approvals page and the auditor's case history over HTTP.
 */
final class ProductUnderTest implements AppUnderTest {

  static final int OFFICERS = 100;
  /** Tasklist's saved filter of memos for the Chief (approval/DepictionTaskFilters). */
  private static final String MEMOS_TO_DECIDE = "Memos to decide";

  private final ProcessEngine engine;
  private final DepartmentCases cases;
  private final Workers workers;

  ProductUnderTest(ConfigurableApplicationContext context, int threads) {
    this.engine = context.getBean(ProcessEngine.class);
    Roster roster = context.getBean(Roster.class);
    List<String> officers = IntStream.range(0, OFFICERS)
        .mapToObj(i -> Officers.enlist(engine, roster, "Officer" + i, "Benchmark", "supervisor")).toList();
    long officialAccount = context.getBean(OfficialAccounts.class).all("auditor").stream()
        .filter(account -> account.handle().equals("@SpringfieldPD")).findFirst().orElseThrow().id();
    this.cases = new DepartmentCases(engine, new ProcessSteps(engine), officers, officialAccount);
    this.workers = new Workers(threads, 0);
  }

  @Override
  public String name() {
    return "product";
  }

  /**
   * The first case of each kind runs alone: it creates its kind's number counter for the year, and two first
   * cases at once collide on that row (a duplicate key; see the report). One round of the mix covers every kind.
   */
  private boolean countersCreated;

  @Override
  public void finishCases(long count) {
    long alone = countersCreated ? 0 : workers.produceAlone(Math.min(count, DepartmentCases.MIX), cases::run);
    countersCreated = true;
    if (count > alone) {
      workers.produce(count - alone, cases::run);
    }
  }

  @Override
  public void keepOpenTasks(int count) {
    long missing = count - openDecisions().size();
    if (missing > 0) {
      workers.produce(missing, index -> {
        cases.memoAwaitingDecision(index);
        return 1;
      });
    }
  }

  @Override
  public long uploadedBytes() {
    return cases.uploadedBytes();
  }

  @Override
  public Map<String, Read> reads(RestClient rest, int calls) {
    List<String> numbers = caseNumbers(calls);
    Map<String, Read> reads = new LinkedHashMap<>(TasklistReads.of(rest, MEMOS_TO_DECIDE, openDecisions(), calls,
        Map.of(Vars.DECISION, TasklistReads.text(Decisions.INQUIRE),
            Vars.NOTATION, TasklistReads.text("Which photograph exactly, and taken where?"))));
    reads.put("approvals list", new Read("approvals list", i -> rest.get(TasklistReads.CHIEF, "/api/approvals?limit=100&offset=0")));
    reads.put("case history", new Read("case history",
        i -> rest.get("auditor", "/api/cases/" + numbers.get(i % numbers.size()))));
    reads.put("search by case number", new Read("search by case number",
        i -> rest.get("auditor", "/api/cases?number=" + numbers.get(i % numbers.size()))));
    return reads;
  }

  private List<String> openDecisions() {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(DepictionApproval.PROCESS_KEY)
        .taskDefinitionKey(Elements.DECIDE_ON_MEMO).taskUnassigned().list().stream().map(Task::getId).toList();
  }

  /** Numbers of finished depiction cases, spread over the whole history (every k-th). */
  private List<String> caseNumbers(int wanted) {
    var query = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(DepictionApproval.PROCESS_KEY).finished();
    long finished = query.count();
    long step = Math.max(1, finished / wanted);
    List<String> numbers = new ArrayList<>();
    List<HistoricProcessInstance> all = query.orderByProcessInstanceStartTime().asc().list();
    for (int i = 0; i < all.size() && numbers.size() < wanted; i += (int) step) {
      numbers.add(all.get(i).getBusinessKey());
    }
    return numbers;
  }
}
