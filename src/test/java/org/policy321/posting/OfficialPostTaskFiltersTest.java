package org.policy321.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.platform.rest.EngineRest;
import org.policy321.posting.OfficialPost.Elements;
import org.policy321.posting.OfficialPost.SupervisorDecisions;
import org.policy321.posting.OfficialPost.Vars;
import org.policy321.testing.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tasklist's filters of official posts, read through {@code /engine-rest/filter} as Tasklist reads them: "Posts to
 * approve" lists the Chief's and designees' decisions, "Posts to publish" the posters' checks and publications (§I.B,
 * §II.C); each only for its groups.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class OfficialPostTaskFiltersTest {

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  @Autowired OfficialAccountRepository accounts;

  EngineRest rest;
  Staff staff;

  @BeforeEach
  void setUp() {
    EngineRest.serve(engine);
    rest = new EngineRest(template);
    staff = new Staff(engine.getIdentityService());
  }

  @Test
  void postsToPublishListThePostersWork_postsToApproveTheChiefsAndDesignees_IB_IIC() {
    ProcessInstance flagged = file("pio", "Lost wallet: call 555-201-7788.");
    String check = taskId(flagged, Elements.CHECK_POST);
    ProcessInstance request = file("employee", "Our shift won the charity match.");
    staff.as("supervisor", () -> engine.getTaskService().complete(taskId(request, Elements.REVIEW_REQUEST),
        Map.of(Vars.SUPERVISOR_DECISION, SupervisorDecisions.FORWARD)));
    String offered = taskId(request, Elements.CHECK_POST);

    assertThat(rest.taskIdsInFilter("pio", OfficialPostTaskFilters.POSTS_TO_PUBLISH)).contains(check, offered);
    assertThat(rest.taskFilterNames("employee")).doesNotContain(OfficialPostTaskFilters.POSTS_TO_PUBLISH,
        OfficialPostTaskFilters.POSTS_TO_APPROVE);
    assertThat(rest.taskFilterNames("pio")).doesNotContain(OfficialPostTaskFilters.POSTS_TO_APPROVE);

    staff.as("pio", () -> engine.getTaskService().complete(check, Map.of(Vars.PROHIBITED_ITEMS, "",
        Vars.ATTESTED_EACH_ITEM, true, Vars.CONFORMS_TO_GUIDELINES, "true")));
    String decide = taskId(flagged, Elements.DECIDE_ON_POST);
    for (String approver : List.of("chief", "designee")) {
      assertThat(rest.taskIdsInFilter(approver, OfficialPostTaskFilters.POSTS_TO_APPROVE)).as(approver).contains(decide)
          .doesNotContain(offered);
    }
    assertThat(rest.taskIdsInFilter("pio", OfficialPostTaskFilters.POSTS_TO_PUBLISH)).doesNotContain(decide);
  }

  private ProcessInstance file(String requester, String text) {
    long account = accounts.findAllByOrderByPlatformAscHandleAsc().stream()
        .filter(a -> a.handle().equals("@SpringfieldPD")).findFirst().orElseThrow().id();
    Map<String, Object> draft = new HashMap<>(Map.of(Vars.ACCOUNTS, Long.toString(account), Vars.CATEGORY,
        "community-news", Vars.POST_TEXT, text));
    return staff.as(requester,
        () -> engine.getRuntimeService().startProcessInstanceByKey(OfficialPost.PROCESS_KEY, draft));
  }

  private String taskId(ProcessInstance instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
        .singleResult().getId();
  }
}
