package org.policy321.violation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * bpmn/discipline-recommendation.dmn (§V.B), one case per rule row, in the order of the table: each
 * input reaches its row and no earlier one (hit policy FIRST). Read from the file administrators edit.
 */
class DisciplineRecommendationTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parseTable() throws IOException {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = new FileInputStream("bpmn/discipline-recommendation.dmn")) {
      decision = dmn.parseDecision(ViolationReporting.DECISION_KEY, table);
    }
  }

  @ParameterizedTest(name = "row {0}: {1}, {2}, {3} prior, self-reported {4} → {5}")
  @CsvSource({
      "1,  endangers,    grave,   0, false, termination",
      "1,  endangers,    grave,   0, true,  termination",
      "2,  conduct,      grave,   1, false, termination",
      "3,  conduct,      grave,   0, true,  suspension",
      "4,  endangers,    minor,   0, true,  suspension",
      "5,  conduct,      serious, 0, true,  referral-for-training",
      "6,  harassment,   minor,   0, true,  counseling",
      "6,  image,        minor,   0, true,  counseling",
      "7,  conduct,      serious, 2, false, suspension",
      "7,  conduct,      serious, 2, true,  suspension",
      "8,  conduct,      serious, 1, true,  written-reprimand",
      "8,  conduct,      serious, 0, false, written-reprimand",
      "9,  harassment,   minor,   0, false, written-reprimand",
      "9,  confidential, minor,   0, false, written-reprimand",
      "10, conduct,      minor,   2, true,  written-reprimand",
      "11, image,        minor,   1, true,  referral-for-training",
      "12, image,        minor,   0, false, referral-for-training",
      "13, conduct,      minor,   0, false, counseling"})
  void recommendsPerRow_VB(int row, String nature, String severity, int prior, boolean selfReported, String expected) {
    var result = dmn.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue("violationNature", nature).putValue("severity", severity).putValue("priorSustained", prior)
        .putValue("selfReported", selfReported));
    assertThat(result.getSingleResult().<String>getSingleEntry()).isEqualTo(expected);
    assertThat(Discipline.of(expected).value).isEqualTo(expected);
  }
}
