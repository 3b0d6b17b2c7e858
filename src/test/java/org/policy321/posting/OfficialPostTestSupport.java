package org.policy321.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.platform.identity.Roster;
import org.policy321.posting.OfficialPost.Elements;
import org.policy321.posting.OfficialPost.Vars;
import org.policy321.posting.PostingLogEntry.LogKind;
import org.policy321.testing.Officers;
import org.policy321.testing.ProcessScenario;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole application with the job executor off: staff draft, check, decide and publish official posts as
 * themselves, through the engine's Java API (so authorizations and the declared inputs apply), and the tests read
 * the post and the posting log.
 */
abstract class OfficialPostTestSupport extends ProcessScenario {

  /** The demo's authorized poster, the Public Information Officer (DemoPostingSeeder). */
  static final String PIO = "pio";
  static final String COMMUNITY_NEWS = "Join us for Coffee with a Cop on Saturday at the Central Library, 10 a.m. to "
      + "noon. Bring your questions about neighbourhood safety!";

  @Autowired OfficialPosts posts;
  @Autowired PostingLog log;
  @Autowired OfficialAccountRepository accounts;
  @Autowired AuthorizedPosters posters;
  @Autowired Roster roster;

  /** The demo's official account (Facebook @SpringfieldPD), which the demo's poster may post to. */
  long demoAccount() {
    return accounts.findAllByOrderByPlatformAscHandleAsc().stream()
        .filter(account -> account.handle().equals("@SpringfieldPD")).findFirst().orElseThrow().id();
  }

  static Map<String, Object> draft(long account, String category, String text) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.ACCOUNTS, Long.toString(account));
    variables.put(Vars.CATEGORY, category);
    variables.put(Vars.POST_TEXT, text);
    variables.put(Vars.URGENT, false);
    return variables;
  }

  Map<String, Object> news(String text) {
    return draft(demoAccount(), PostCategory.COMMUNITY_NEWS.value, text);
  }

  ProcessInstance file(String requester, Map<String, Object> draft) {
    return staff.as(requester, () -> engine.getRuntimeService().startProcessInstanceByKey(OfficialPost.PROCESS_KEY,
        draft));
  }

  /** The refusal of a draft, whose sentence is returned; nothing started. */
  String refusedDraft(String requester, Map<String, Object> draft) {
    long before = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(OfficialPost.PROCESS_KEY).count();
    Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> file(requester, draft));
    assertThat(refused).as("refused").isNotNull();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(OfficialPost.PROCESS_KEY)
        .count()).as("nothing started").isEqualTo(before);
    return InvalidInputException.in(refused).orElseThrow(() -> new AssertionError(refused)).getMessage();
  }

  Task task(ProcessInstance instance, String key) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
        .singleResult();
    assertThat(task).as("open task " + key).isNotNull();
    return task;
  }

  /** Completes the task as {@code user}, claiming it first when nobody holds it (as Tasklist does). */
  void complete(String user, ProcessInstance instance, String key, Map<String, Object> variables) {
    Task task = task(instance, key);
    staff.as(user, () -> {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
      }
      engine.getTaskService().complete(task.getId(), variables);
    });
  }

  /** The refusal of a completion, whose sentence is returned; the task stays open. */
  String refusedCompletion(String user, ProcessInstance instance, String key, Map<String, Object> variables) {
    Task task = task(instance, key);
    Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
        () -> staff.as(user, () -> engine.getTaskService().complete(task.getId(), variables)));
    assertThat(refused).as("refused").isNotNull();
    assertThat(task(instance, key).getId()).as("the task stays open").isEqualTo(task.getId());
    return InvalidInputException.in(refused).orElseThrow(() -> new AssertionError(refused)).getMessage();
  }

  /** Someone the task is not offered to cannot complete it: the engine's authorization, before any step's rule. */
  void assertNotTheirs(String user, ProcessInstance instance, String key, Map<String, Object> variables) {
    Task task = task(instance, key);
    assertThatThrownBy(() -> staff.as(user, () -> engine.getTaskService().complete(task.getId(), variables)))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    assertThat(task(instance, key).getId()).isEqualTo(task.getId());
  }

  static Map<String, Object> attestation(String items, boolean conforms) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.PROHIBITED_ITEMS, items);
    variables.put(Vars.ATTESTED_EACH_ITEM, true);
    variables.put(Vars.CONFORMS_TO_GUIDELINES, Boolean.toString(conforms));
    return variables;
  }

  void check(String poster, ProcessInstance instance, String items, boolean conforms) {
    complete(poster, instance, Elements.CHECK_POST, attestation(items, conforms));
  }

  static Map<String, Object> decision(String decision, String notation, String writtenAuthorization) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.POST_DECISION, decision);
    variables.put(Vars.NOTATION, notation);
    if (writtenAuthorization != null) {
      variables.put(Vars.WRITTEN_AUTHORIZATION, writtenAuthorization);
    }
    return variables;
  }

  void decide(String decider, ProcessInstance instance, String decision, String notation) {
    complete(decider, instance, Elements.DECIDE_ON_POST, decision(decision, notation, null));
  }

  void revise(String poster, ProcessInstance instance, String text) {
    complete(poster, instance, Elements.REVISE_POST, Map.of(Vars.POST_TEXT, text));
  }

  /** "2026-05-04T14:30", as Tasklist's field sends a time: now, on the engine's clock. */
  static String nowAsTyped() {
    return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC)
        .truncatedTo(ChronoUnit.MINUTES).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16);
  }

  static Map<String, Object> publication(String url) {
    return Map.of(Vars.PUBLISHED_AT, nowAsTyped(), Vars.POST_URL, url);
  }

  void publish(String poster, ProcessInstance instance, String url) {
    complete(poster, instance, Elements.PUBLISH_POST, publication(url));
  }

  String postNumber(ProcessInstance instance) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getBusinessKey();
  }

  PostRecord post(ProcessInstance instance) {
    return posts.find(postNumber(instance)).orElseThrow();
  }

  List<PostingLogEntry> logOf(ProcessInstance instance) {
    return log.of(postNumber(instance));
  }

  List<LogKind> kinds(ProcessInstance instance) {
    return logOf(instance).stream().map(PostingLogEntry::kind).toList();
  }

  PostingLogEntry entry(ProcessInstance instance, LogKind kind) {
    return logOf(instance).stream().filter(e -> e.kind() == kind).reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("no " + kind + " entry"));
  }

  /** A new officer (supervised by "supervisor") whom the Chief authorizes to post to these accounts. */
  String newPoster(String firstName, String lastName, Long... accountIds) {
    String officer = newPosterWithoutAcknowledging(firstName, lastName, accountIds);
    acknowledgeContentGuidelines(officer);
    return officer;
  }

  /** A poster just authorized: asked to acknowledge the content guidelines in force, not yet done (§I.B). */
  String newPosterWithoutAcknowledging(String firstName, String lastName, Long... accountIds) {
    String officer = Officers.enlist(engine, roster, firstName, lastName, "supervisor");
    posters.authorize("chief", new AuthorizedPosters.Grant(officer, List.of(accountIds),
        PostingEquipment.DEPARTMENT_APPROVED, null));
    return officer;
  }

  /** A poster acknowledges the content guidelines in force before they may check a post (§I.B). */
  void acknowledgeContentGuidelines(String poster) {
    for (Task asked : engine.getTaskService().createTaskQuery().taskAssignee(poster)
        .processDefinitionKey(ContentGuidelineAcknowledgement.PROCESS_KEY).list()) {
      staff.as(poster, () -> engine.getTaskService().complete(asked.getId(),
          Map.of(ContentGuidelineAcknowledgement.Vars.ACKNOWLEDGED, true)));
    }
  }

  long newAccount(String handle) {
    return accounts.save(OfficialAccount.registered("Instagram", handle, "https://www.instagram.com/" + handle.substring(1),
        "hr", "chief", OffsetDateTime.now(ZoneOffset.UTC))).id();
  }

  static void assertRefused(Runnable action, String sentence) {
    assertThatThrownBy(action::run).satisfies(thrown -> assertThat(InvalidInputException.in(thrown)).get()
        .extracting(Throwable::getMessage).isEqualTo(sentence));
  }
}
