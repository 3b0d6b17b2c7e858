package org.policy321.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.policy321.platform.forms.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rules of due process in the case service, without the diagram (§V.B): no finding while the employee
 * concerned may still answer the allegation; their answer is a statement or an explicit none, in time; the
 * final discipline never exceeds the measure a notice of intent announced. The paths through the diagram are in
 * {@link DueProcessScenarioTest}.
 */
class DueProcessRulesTest extends ViolationTestSupport {

  @Autowired CaseDiscipline caseDiscipline;
  @Autowired CaseInvestigation caseInvestigation;

  @Test
  void acceptingAReportAboutAKnownEmployeeGivesThemTheStatementDeadline_VB() {
    String officer = newOfficer("Jo", "Park");
    ProcessInstance instance = reportNamed("employee2", report(officer, "internal-affairs", false));
    triage(instance, "ia", "accept", Map.of());

    assertThat(caseOf(instance).statementDueAt().toInstant()).as("policy.violation.statement-deadline P10D")
        .isCloseTo(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(10)), within());
    ProcessInstance unknown = reportNamed("employee2", report("someone on the night shift", "internal-affairs", false));
    triage(unknown, "ia", "accept", Map.of());
    assertThat(caseOf(unknown).statementDueAt()).as("nobody to answer").isNull();
  }

  @Test
  void aFindingWhileTheStatementIsPendingIsRefusedAndTheCaseIsUnchanged_VB() {
    ViolationReport accepted = accepted(newOfficer("Jo", "Park"));

    assertThatThrownBy(() -> caseInvestigation.recordFinding(accepted.id(), "ia", Finding.UNFOUNDED, null, null, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("The employee concerned may answer the allegation with a written statement until")
        .hasMessageContaining("§V.B due process");
    ViolationReport unchanged = cases.get(accepted.id());
    assertThat(unchanged.finding()).isNull();
    assertThat(unchanged.foundAt()).isNull();
    assertThat(unchanged.status()).isEqualTo(CaseStatus.UNDER_INVESTIGATION);
  }

  @Test
  void theAnswerIsTheEmployeesOwn_aStatementOrAnExplicitNone_VB() {
    String officer = newOfficer("Jo", "Park");
    ViolationReport accepted = accepted(officer);
    long id = accepted.id();

    assertThatThrownBy(() -> caseInvestigation.answerAllegation(id, "employee2", true, "Not me"))
        .hasMessageContaining("Only the employee concerned answers the notice of allegation");
    assertThatThrownBy(() -> caseInvestigation.answerAllegation(id, officer, null, "Not me"))
        .hasMessageContaining("Give your written statement, or choose that you give no statement");
    assertThatThrownBy(() -> caseInvestigation.answerAllegation(id, officer, true, "  "))
        .hasMessageContaining("Your statement is required");
    assertThatThrownBy(() -> caseInvestigation.answerAllegation(id, officer, false, "But here it is anyway"))
        .hasMessageContaining("You chose to give no statement, but wrote one");
    assertThat(cases.get(id).statementOutcome()).as("nothing recorded").isNull();

    ViolationReport declined = caseInvestigation.answerAllegation(id, officer, false, "");
    assertThat(declined.statementOutcome()).isEqualTo(StatementOutcome.DECLINED);
    assertThat(declined.statementText()).isNull();
    assertThat(declined.statementAt()).isNotNull();
    caseInvestigation.recordFinding(id, "ia", Finding.EXONERATED, null, null, null);
    assertThat(cases.get(id).finding()).isEqualTo(Finding.EXONERATED);
  }

  @Test
  void onceTheDeadlineHasPassed_theFindingGoesOnAndALateStatementIsRefused_VB() {
    String officer = newOfficer("Jo", "Park");
    long id = accepted(officer).id();
    later(Duration.ofDays(10).plusMinutes(1));

    assertThatThrownBy(() -> caseInvestigation.answerAllegation(id, officer, true, "Too late"))
        .hasMessageContaining("The time for a statement on this allegation ended on");
    caseInvestigation.recordFinding(id, "ia", Finding.NOT_SUSTAINED, null, null, null);
    assertThat(caseInvestigation.statementNotGiven(id).statementOutcome()).isEqualTo(StatementOutcome.NOT_GIVEN_IN_TIME);
    assertThat(cases.get(id).finding()).isEqualTo(Finding.NOT_SUSTAINED);
  }

  @Test
  void theFinalDisciplineNeverExceedsTheNoticedMeasure_aHarsherOneIsANewNotice_VB() {
    String officer = newOfficer("Jo", "Park");
    long id = accepted(officer).id();
    caseInvestigation.answerAllegation(id, officer, true, "I deleted it at once.");
    caseInvestigation.recordFinding(id, "ia", Finding.SUSTAINED, "§IV.G", "endangers", "minor");

    assertThatThrownBy(() -> decide(id, Discipline.TERMINATION, true))
        .hasMessageContaining("No notice of intent has been issued in this case yet");
    decide(id, Discipline.SUSPENSION, false);
    caseDiscipline.noticedOfIntent(cases.get(id));

    assertThatThrownBy(() -> decide(id, Discipline.TERMINATION, false))
        .hasMessageContaining("The notice of intent announced Suspension; Termination is harsher and needs a new notice "
            + "of intent and a new time to respond (§V.B)");
    assertThatThrownBy(() -> decide(id, Discipline.SUSPENSION, true))
        .hasMessageContaining("A new notice of intent is for a measure harsher than the one noticed (Suspension)");
    assertThat(cases.get(id).discipline()).as("unchanged").isEqualTo(Discipline.SUSPENSION);

    assertThat(decide(id, Discipline.TERMINATION, true).discipline()).isEqualTo(Discipline.TERMINATION);
    assertThat(cases.get(id).noticedDiscipline()).as("noticed only when the notice is out").isEqualTo(Discipline.SUSPENSION);
    caseDiscipline.noticedOfIntent(cases.get(id));
    assertThat(decide(id, Discipline.WRITTEN_REPRIMAND, false).discipline()).as("lighter is fine")
        .isEqualTo(Discipline.WRITTEN_REPRIMAND);
    assertThat(Discipline.TERMINATION.harsherThan(Discipline.SUSPENSION)).isTrue();
    assertThat(Discipline.COUNSELING.harsherThan(Discipline.COUNSELING)).isFalse();
  }

  /** A report about the officer, accepted by Internal Affairs: the employee may now answer the allegation. */
  private ViolationReport accepted(String officer) {
    ProcessInstance instance = reportNamed("employee2", report(officer, "internal-affairs", false));
    triage(instance, "ia", "accept", Map.of());
    return caseOf(instance);
  }

  /** The Chief's decision as the form sends it, with a reason (departing from the recommendation needs one). */
  private ViolationReport decide(long id, Discipline discipline, boolean newNotice) {
    return caseDiscipline.decideDiscipline(id, "chief", "suspension", discipline, "Weighed the response", null, newNotice);
  }

  private static void later(Duration duration) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
  }

  private static org.assertj.core.data.TemporalUnitOffset within() {
    return org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MINUTES);
  }
}
