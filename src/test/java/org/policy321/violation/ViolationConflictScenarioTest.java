package org.policy321.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.policy321.violation.ViolationReporting.Elements;
import static org.policy321.violation.ViolationReporting.Vars;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.Test;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.testing.Officers;
import org.policy321.testing.PdfText;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Conflicts of interest (issue 12): a report about the supervisor it was sent to goes to Internal
 * Affairs; about a member of Internal Affairs, to the Chief's group; about the Chief, to the outside
 * authority (policy.violation.outside-authority-group, city-authority); and nobody triages,
 * investigates, reviews, acts or decides in a case they reported or that concerns them.
 */
class ViolationConflictScenarioTest extends ViolationTestSupport {

  @Autowired CaseDiscipline caseDiscipline;
  @Autowired CaseTriage caseTriage;

  static final String OUTSIDE = "city-authority";
  static final String PARTY = "You reported this case or it concerns you";

  @Test
  void reportAboutTheSupervisorItWasSentTo_goesToInternalAffairs() {
    String sergeant = member("Dana", "Frost", "supervisor");
    String officer = Officers.enlist(engine, roster, "Lee", "Quinn", sergeant);

    // "My supervisor", about that supervisor.
    ProcessInstance mine = reportNamed(officer, report(sergeant, "my-supervisor", false));
    assertThat(caseOf(mine).routedTo()).isEqualTo("internal-affairs");
    Task triage = task(mine, Elements.TRIAGE_REPORT);
    assertThat(triage.getAssignee()).as("not the supervisor concerned").isNull();
    assertThat(candidateGroups(triage)).containsExactly("internal-affairs");
    assertThat(correspondence(mine, CorrespondenceKind.RECEIPT)).singleElement().asString().contains("Internal Affairs");
    // Nobody hands it back to them either.
    assertThatThrownBy(() -> engine.getTaskService().setAssignee(triage.getId(), sergeant))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(PARTY)
        .hasMessageContaining("Internal Affairs triages it");
    assertThat(task(mine, Elements.TRIAGE_REPORT).getAssignee()).isNull();

    // A supervisor chosen by name, anonymously, who is the employee concerned.
    ProcessInstance named = reportAnonymously(report(sergeant, sergeant, false), new ArrayList<>());
    assertThat(caseOf(named).routedTo()).isEqualTo("internal-affairs");
    assertThat(task(named, Elements.TRIAGE_REPORT).getAssignee()).isNull();

    // About someone else, the report still goes to the supervisor.
    ProcessInstance other = reportNamed(officer, report(newOfficer("Sam", "Carter"), "my-supervisor", false));
    assertThat(task(other, Elements.TRIAGE_REPORT).getAssignee()).isEqualTo(sergeant);

    triage(mine, "ia", "accept", Map.of());
    assertThat(candidateGroups(task(mine, Elements.INVESTIGATE))).containsExactly("internal-affairs");
  }

  @Test
  void reportAboutAMemberOfInternalAffairs_isTriagedAndInvestigatedByTheChief() {
    String investigator = member("Ray", "Moreno", "internal-affairs");
    ProcessInstance instance = reportNamed("employee2", report(investigator, "internal-affairs", false));

    Task triage = task(instance, Elements.TRIAGE_REPORT);
    assertThat(candidateGroups(triage)).containsExactly("chief");
    assertThat(correspondence(instance, CorrespondenceKind.RECEIPT)).singleElement().asString()
        .contains("the Chief of Police");
    assertThatThrownBy(() -> caseTriage.triage(caseOf(instance).id(), "ia", TriageOutcome.ACCEPT, null, null, null, null, null, false))
        .as("Internal Affairs does not triage a colleague").isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("The Chief of Police triages it");
    assertThatThrownBy(() -> engine.getTaskService().setAssignee(triage.getId(), investigator))
        .hasMessageContaining(PARTY);

    triage(instance, "chief", "accept", Map.of());
    Task investigate = task(instance, Elements.INVESTIGATE);
    assertThat(candidateGroups(investigate)).containsExactly("chief");
    assertThat(correspondence(instance, CorrespondenceKind.STATUS)).anyMatch(t -> t.contains("the Chief of Police"));
    assertThatThrownBy(() -> engine.getTaskService().setAssignee(investigate.getId(), investigator))
        .hasMessageContaining(PARTY).hasMessageContaining("The Chief of Police, or the outside authority (city-authority) "
            + "when the Chief of Police is a party to the case, investigates it");
    giveStatement(instance, investigator, "The post was about another unit.");
    complete("chief", investigate, Map.of(Vars.INVESTIGATION_STEP, "finding", Vars.FINDING, "unfounded",
        Vars.INVESTIGATION_NOTES, "No such post"));
    assertThat(caseOf(instance).finding()).isEqualTo(Finding.UNFOUNDED);
  }

  /**
   * The Chief concerned: triage, investigation and the decisions go to the outside authority; the
   * immediate action (§V.B) cannot wait for it, so designees take it as well.
   */
  @Test
  void reportAboutTheChief_goesToTheOutsideAuthority_whichDecidesDiscipline() {
    ProcessInstance instance = reportNamed("employee2", report("chief", "internal-affairs", true));
    String caseNumber = instance.getBusinessKey();

    Task triage = task(instance, Elements.TRIAGE_REPORT);
    assertThat(candidateGroups(triage)).containsExactly(OUTSIDE);
    assertThat(correspondence(instance, CorrespondenceKind.RECEIPT)).singleElement().asString()
        .contains("outside authority");
    triage(instance, "cityauditor", "accept", Map.of());

    Task action = task(instance, Elements.TAKE_IMMEDIATE_ACTION);
    assertThat(candidateGroups(action)).containsExactlyInAnyOrder("designee", OUTSIDE);
    assertThatThrownBy(() -> engine.getTaskService().setAssignee(action.getId(), "chief"))
        .hasMessageContaining(PARTY);
    complete("designee", action, Map.of(Vars.IMMEDIATE_ACTION, "preserved", Vars.ACTION_TAKEN, "Ordered removal"));

    Task investigate = task(instance, Elements.INVESTIGATE);
    assertThat(candidateGroups(investigate)).containsExactly(OUTSIDE);
    giveStatement(instance, "chief", "I posted it to warn the public.");
    complete("cityauditor", investigate, Map.of(Vars.INVESTIGATION_STEP, "finding", Vars.FINDING, "sustained",
        Vars.VIOLATED_CLAUSES, "§IV.G", Vars.VIOLATION_NATURE, "conduct", Vars.SEVERITY, "minor",
        Vars.INVESTIGATION_NOTES, "Post confirmed"));

    Task decide = task(instance, Elements.DECIDE_DISCIPLINE);
    assertThat(candidateGroups(decide)).as("the Chief does not decide on their own discipline").containsExactly(OUTSIDE);
    assertThatThrownBy(() -> engine.getTaskService().setAssignee(decide.getId(), "chief"))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(PARTY)
        .hasMessageContaining("The outside authority (city-authority) decides").hasMessageNotContaining("employee2");
    assertThatThrownBy(() -> staff.as("chief", () -> engine.getTaskService().complete(decide.getId(),
        Map.of(Vars.DISCIPLINE, "counseling")))).as("nor completes it unclaimed").isNotNull();
    Task untouched = task(instance, Elements.DECIDE_DISCIPLINE);
    assertThat(untouched.getAssignee()).isNull();
    assertThatThrownBy(() -> caseDiscipline.decideDiscipline(caseOf(instance).id(), "chief", "counseling", Discipline.COUNSELING,
        null, null, false)).hasMessageContaining(PARTY);

    String recommended = (String) engine.getTaskService().getVariable(decide.getId(), Vars.RECOMMENDATION);
    complete("cityauditor", decide, Map.of(Vars.DISCIPLINE, recommended, Vars.EFFECTIVE_DATE, "2026-12-01"));
    ViolationReport decided = caseOf(instance);
    assertThat(decided.discipline().value).isEqualTo(recommended);
    if (decided.discipline().needsNoticeOfIntent()) {
      return;
    }
    runStep(instance, Elements.ISSUE_DISCIPLINE_NOTICE);
    Task acknowledge = partyTask(instance);
    assertThat(acknowledge.getAssignee()).isEqualTo("chief");
    FileValue notice = (FileValue) engine.getTaskService().getVariableTyped(acknowledge.getId(), Vars.DISCIPLINE_NOTICE);
    assertThat(PdfText.of(notice)).contains("Notice of discipline", caseNumber, "Samuel Whitaker")
        .doesNotContain("Priya", "employee2");
  }

  @Test
  void aMemberOfInternalAffairsWhoReported_cannotTriageOrInvestigate_anotherMemberCan() {
    String reporter = member("Alex", "Stone", "internal-affairs");
    String officer = newOfficer("Sam", "Carter");
    ProcessInstance instance = reportNamed(reporter, report(officer, "internal-affairs", false));

    Task triage = task(instance, Elements.TRIAGE_REPORT);
    assertThat(candidateGroups(triage)).containsExactly("internal-affairs");
    assertThatThrownBy(() -> staff.as(reporter, () -> engine.getTaskService().claim(triage.getId(), reporter)))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(PARTY)
        .hasMessageContaining("Internal Affairs triages it, by someone who is no party to it. Nothing was changed.");
    assertThatThrownBy(() -> staff.as(reporter, () -> engine.getTaskService().complete(triage.getId(),
        Map.of(Vars.TRIAGE, "not-a-violation", Vars.TRIAGE_REASON, "Mine")))).as("completing without claiming")
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(PARTY);
    Task intact = task(instance, Elements.TRIAGE_REPORT);
    assertThat(intact.getId()).isEqualTo(triage.getId());
    assertThat(intact.getAssignee()).isNull();
    assertThat(engine.getTaskService().getVariable(intact.getId(), Vars.TRIAGE)).isNull();

    triage(instance, "ia", "accept", Map.of());
    Task investigate = task(instance, Elements.INVESTIGATE);
    assertThatThrownBy(() -> staff.as(reporter, () -> engine.getTaskService().claim(investigate.getId(), reporter)))
        .hasMessageContaining(PARTY).hasMessageContaining("Internal Affairs investigates it");
    assertThat(caseOf(instance).investigatorId()).isNull();
    giveStatement(instance, officer, "I deny it.");
    investigate(instance, "finding", Map.of(Vars.FINDING, "unfounded", Vars.INVESTIGATION_NOTES, "No such post"));
    assertThat(caseOf(instance).investigatorId()).isEqualTo("ia");
  }

  /**
   * The Chief who reported does not decide; the outside authority does. The refusal the Chief reads
   * names the rule, not the reason that applies.
   */
  @Test
  void theChiefWhoReported_doesNotDecide_theOutsideAuthorityDoes() {
    String officer = newOfficer("Sam", "Carter");
    ProcessInstance instance = reportNamed("chief", report(officer, "internal-affairs", false));
    triage(instance, "ia", "accept", Map.of());
    giveStatement(instance, officer, "I regret it.");
    findSustained(instance, "conduct", "minor");

    Task decide = task(instance, Elements.DECIDE_DISCIPLINE);
    assertThat(candidateGroups(decide)).containsExactly(OUTSIDE);
    assertThatThrownBy(() -> engine.getTaskService().setAssignee(decide.getId(), "chief"))
        .hasMessageContaining(PARTY)
        .hasMessageContaining("The Chief of Police, or the outside authority (city-authority) when the Chief of Police "
            + "is a party to the case, decides");
  }

  @Test
  void earlyInterventionForAMemberOfInternalAffairs_isReviewedByTheChief() {
    String investigator = member("Kim", "Vale", "internal-affairs");
    reportNamed("employee2", report(investigator, "internal-affairs", false));
    reportNamed("employee", report(investigator, "internal-affairs", false));
    ProcessInstance third = reportNamed("employee2", report(investigator, "internal-affairs", false));

    Task review = task(third, Elements.REVIEW_EARLY_INTERVENTION);
    assertThat(candidateGroups(review)).containsExactly("chief");
    assertThatThrownBy(() -> engine.getTaskService().setAssignee(review.getId(), investigator))
        .hasMessageContaining(PARTY).hasMessageContaining("reviews it");
    assertThat(task(third, Elements.REVIEW_EARLY_INTERVENTION).getAssignee()).isNull();
  }

  /** A new employee on the roster who is also in {@code group}. */
  private String member(String first, String last, String group) {
    String id = newOfficer(first, last);
    engine.getIdentityService().createMembership(id, group);
    return id;
  }

  @Test
  void anOverdueTriageOfACaseAboutTheChief_isNeverOfferedToTheChief_VA() {
    ProcessInstance instance = reportNamed("employee2", report("chief", "internal-affairs", false));
    fire(instance, Elements.TRIAGE_REMINDER, java.time.Duration.ofDays(1).plusMinutes(1));
    fire(instance, Elements.TRIAGE_OVERDUE, java.time.Duration.ofDays(1));

    Task escalated = task(instance, Elements.TRIAGE_REPORT);
    assertThat(candidateGroups(escalated)).containsExactly(OUTSIDE).doesNotContain("chief");
    triage(instance, "cityauditor", "accept", Map.of());
    assertThat(instance).isWaitingAt(Elements.INVESTIGATE);
  }

  private List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId).toList();
  }
}
