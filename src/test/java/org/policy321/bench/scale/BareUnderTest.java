package org.policy321.bench.scale;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.policy321.bench.BareProcessAccess;
import org.policy321.bench.BareProcessDriver;
import org.policy321.bench.ProcessSteps;
import org.policy321.platform.identity.AccessGrant;
import org.policy321.platform.identity.Groups;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The bare Camunda application with the same people as the product's demo (employee, chief, auditor, in their
 * groups, password "demo"), the bare process's grants of the throughput benchmark ({@link BareProcessAccess}),
 * the auditor's history read, and a saved filter of the Chief's decisions readable by the chief group — so that
 * its reads pass the same authorization checks. Its cases are {@code bench/bench-bare.bpmn} driven to the end
 * (four user tasks), numbered as business keys; its open tasks wait at the first decision.
 */
final class BareUnderTest implements AppUnderTest {

  private static final String FILTER = "Decisions to make";
  private static final String AUDITOR = "auditor";

  private final ProcessEngine engine;
  private final ProcessSteps steps;
  private final BareProcessDriver driver;
  private final Workers workers;

  private final String name;

  private BareUnderTest(String name, ConfigurableApplicationContext context, int threads) {
    this.name = name;
    this.engine = context.getBean(ProcessEngine.class);
    this.steps = new ProcessSteps(engine);
    this.driver = new BareProcessDriver(steps);
    this.workers = new Workers(threads, 1);
    engine.getRepositoryService().createDeployment().name("scale benchmark baseline")
        .addClasspathResource(BareProcessDriver.RESOURCE).deploy();
  }

  /** In the bare Camunda application: its people, the bare process's grants, the auditor's, the Chief's filter. */
  static BareUnderTest inBareApp(ConfigurableApplicationContext context, int threads) {
    BareUnderTest app = new BareUnderTest("bare", context, threads);
    app.people();
    app.grants(new BareProcessAccess().grants());
    app.filter();
    return app;
  }

  /**
   * In the whole application, which already has the demo's people and the bare process's grants
   * (ProductApplication registers {@link BareProcessAccess}): the same bare process and reads on the product's
   * platform (its filters, authentication, engine plugins and guards), without the policy's processes.
   */
  static BareUnderTest onProduct(ConfigurableApplicationContext context, int threads) {
    BareUnderTest app = new BareUnderTest("platform", context, threads);
    app.grants(List.of());
    app.filter();
    return app;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void finishCases(long count) {
    workers.produce(count, index -> {
      driver.finish(start(index));
      return 1;
    });
  }

  @Override
  public void keepOpenTasks(int count) {
    long missing = count - openDecisions().size();
    if (missing > 0) {
      workers.produce(missing, index -> {
        start(index);
        return 1;
      });
    }
  }

  @Override
  public long uploadedBytes() {
    return 0;
  }

  @Override
  public Map<String, Read> reads(RestClient rest, int calls) {
    List<String[]> cases = finishedCases(calls);
    Map<String, Read> reads = new LinkedHashMap<>(TasklistReads.of(rest, FILTER, openDecisions(), calls,
        Map.of("decision", TasklistReads.text("inquire"),
            "notation", TasklistReads.text("Which photograph exactly, and taken where?"))));
    // An auditor's view of one instance from Camunda's history API: the instance, its steps, its variables.
    reads.put("case history", new Read("case history", i -> {
      String id = cases.get(i % cases.size())[0];
      rest.get(AUDITOR, "/engine-rest/history/process-instance/" + id);
      rest.get(AUDITOR, "/engine-rest/history/activity-instance?processInstanceId=" + id);
      rest.get(AUDITOR, "/engine-rest/history/variable-instance?processInstanceId=" + id);
    }));
    reads.put("search by case number", new Read("search by case number", i -> {
      String number = cases.get(i % cases.size())[1];
      if (rest.get(AUDITOR, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + number).size() != 1) {
        throw new IllegalStateException("The search by number " + number + " finds no single instance");
      }
    }));
    return reads;
  }

  /**
   * An instance numbered as a business key, for the search by number. The product takes no business key from a
   * client (it numbers its cases itself), so there the number is given afterwards, by the system.
   */
  private String start(long index) {
    String number = "BB-%06d".formatted(index);
    if (name.equals("bare")) {
      return steps.start("employee", BareProcessDriver.PROCESS_KEY, number, Map.of());
    }
    String id = steps.start("employee", BareProcessDriver.PROCESS_KEY, Map.of());
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> {
          context.getExecutionManager().findExecutionById(id).setProcessBusinessKey(number); // history too
          return null;
        });
    return id;
  }

  private List<String> openDecisions() {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(BareProcessDriver.PROCESS_KEY)
        .taskDefinitionKey("Task_FirstDecision").taskUnassigned().list().stream().map(Task::getId).toList();
  }

  /** Id and business key of finished instances, spread over the whole history. */
  private List<String[]> finishedCases(int wanted) {
    var all = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(BareProcessDriver.PROCESS_KEY).finished().orderByProcessInstanceStartTime().asc().list();
    int step = Math.max(1, all.size() / wanted);
    List<String[]> cases = new ArrayList<>();
    for (int i = 0; i < all.size() && cases.size() < wanted; i += step) {
      cases.add(new String[] {all.get(i).getId(), all.get(i).getBusinessKey()});
    }
    return cases;
  }

  private void people() {
    IdentityService identity = engine.getIdentityService();
    for (String group : List.of(Groups.EMPLOYEE, Groups.CHIEF, Groups.DESIGNEE, Groups.AUDITOR)) {
      identity.saveGroup(identity.newGroup(group));
    }
    user("employee", Groups.EMPLOYEE);
    user("chief", Groups.EMPLOYEE, Groups.CHIEF);
    user(AUDITOR, Groups.AUDITOR);
  }

  private void user(String id, String... groups) {
    IdentityService identity = engine.getIdentityService();
    var user = identity.newUser(id);
    user.setPassword("demo");
    identity.saveUser(user);
    for (String group : groups) {
      identity.createMembership(id, group);
    }
  }

  /** The given grants and the auditor's history read of the bare process. */
  private void grants(List<AccessGrant> standing) {
    List<AccessGrant> grants = new ArrayList<>(standing);
    grants.add(AccessGrant.grant(Groups.AUDITOR, Resources.PROCESS_DEFINITION, BareProcessDriver.PROCESS_KEY,
        READ, READ_HISTORY));
    grants.forEach(grant -> grant(grant.groupId(), grant.resource(), grant.resourceId(),
        grant.permissions().toArray(org.camunda.bpm.engine.authorization.Permission[]::new)));
  }

  /** The Chief's filter, as the product saves its role filters (platform/tasklist/TaskFilterSetup). */
  private void filter() {
    Filter filter = engine.getFilterService().newTaskFilter(FILTER);
    filter.setOwner(null);
    filter.setQuery(engine.getTaskService().createTaskQuery().processDefinitionKey(BareProcessDriver.PROCESS_KEY)
        .taskDefinitionKey("Task_FirstDecision"));
    filter.setProperties(Map.of("priority", 10, "description", "Decisions of the Chief", "refresh", true));
    engine.getFilterService().saveFilter(filter);
    grant(Groups.CHIEF, Resources.FILTER, filter.getId(), READ);
  }

  private void grant(String group, Resource resource, String resourceId,
      org.camunda.bpm.engine.authorization.Permission... permissions) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (var permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }
}
