package org.policy321.platform.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policy321.platform.rest.EngineRest.string;
import static org.policy321.platform.rest.EngineRest.withVariables;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policy321.approval.DepictionApproval.Elements;
import org.policy321.approval.DepictionApproval.Vars;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.policy321.testing.BrowserStory;
import org.policy321.testing.MemoOverRest;
import org.policy321.testing.ModelerDeployment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * README "Changing a process", in real Chromium: an administrator renames a task in Camunda Modeler and deploys the
 * diagram alone, as Modeler does (ModelerDeploymentRestTest checks the REST side). A memo starts the new version, and
 * the Chief opens the renamed task in Tasklist: it carries its new name, and its form, which the deployment took
 * from the application's {@code forms/}, shows the memo. The deployment is deleted afterwards, so the context's later
 * tests start the application's own version.
 */
class ModelerDeploymentBrowserIT extends BrowserStory {

  private static final String DIAGRAM = "bpmn/depiction-approval.bpmn";
  private static final String RENAMED = "Decide on the memo";

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  private ModelerDeployment modeler;

  @BeforeEach
  void serve() {
    EngineRest.serveWebapps(engine);
    modeler = new ModelerDeployment(template);
  }

  @AfterEach
  void deleteWhatWasDeployed() {
    modeler.deleteDeployed(engine.getRepositoryService());
  }

  @Test
  void aTaskRenamedInModeler_opensInTasklistUnderItsNewName_withTheApplicationsForm_IIIR() throws Exception {
    String definitionId = step("the administrator deploys the diagram alone, its decision renamed", () -> {
      String edited = ModelerDeployment.applicationResource(DIAGRAM)
          .replace("name=\"Decide on memo\"", "name=\"" + RENAMED + "\"");
      Reply deployed = modeler.deploy("admin", DIAGRAM, edited);
      assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
      return ModelerDeployment.definitionId(deployed);
    });

    String proposedUsage = "My badge on a charity poster (" + UUID.randomUUID() + ")";
    String instanceId = step("an employee's memo starts the new version (§III.E)", () -> {
      Map<String, Object> memo = MemoOverRest.variables();
      memo.put(Vars.PROPOSED_USAGE, string(proposedUsage));
      Reply started = new EngineRest(template).post("employee",
          "/process-definition/" + definitionId + "/submit-form", withVariables(memo));
      assertThat(started.status()).as(started.body()).isEqualTo(200);
      return started.json().path("id").asText();
    });
    String taskId = awaitTask(instanceId, Elements.DECIDE_ON_MEMO);

    step("the Chief opens it in Tasklist: its new name over the application's form, showing the memo (§III.R)", () -> {
      login("chief");
      tasklist.openTask(taskId, RENAMED, By.id("notation"));
      assertThat(tasklist.taskNameShown()).isEqualTo(RENAMED);
      assertThat(tasklist.textOf(By.cssSelector("form[name='decideOnMemo'] h4"))).isEqualTo("The memorandum (§III.E)");
      tasklist.awaitText(By.cssSelector(".memo-proposed-usage"), proposedUsage);
      assertThat(tasklist.textOf(By.cssSelector("label[for='notation']"))).startsWith("Notation on the request");
    });
  }
}
