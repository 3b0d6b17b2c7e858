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

  @ParameterizedTest(name = "row {0}: {1}, {2}, {3} prior → {4}")
  @CsvSource({
      "1,  endangers,    grave,   0, termination",
      "2,  conduct,      grave,   1, termination",
      "3,  conduct,      grave,   0, suspension",
      "4,  endangers,    minor,   0, suspension",
      "5,  conduct,      serious, 2, suspension",
      "6,  conduct,      serious, 1, written-reprimand",
      "7,  harassment,   minor,   0, written-reprimand",
      "7,  confidential, minor,   0, written-reprimand",
      "8,  conduct,      minor,   2, written-reprimand",
      "9,  image,        minor,   1, referral-for-training",
      "10, image,        minor,   0, referral-for-training",
      "11, conduct,      minor,   0, counseling"})
  void recommendsPerRow_VB(int row, String nature, String severity, int prior, String expected) {
    var result = dmn.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue("violationNature", nature).putValue("severity", severity).putValue("priorSustained", prior));
    assertThat(result.getSingleResult().<String>getSingleEntry()).isEqualTo(expected);
    assertThat(Discipline.of(expected).value).isEqualTo(expected);
  }
}
