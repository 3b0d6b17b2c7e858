package org.policy321.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.platform.rest.EngineRest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The one clause catalogue (§I–§IV, issue 12): complete, each clause on its own, the same everywhere it is offered. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class PolicyClauseCatalogueTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  @BeforeEach
  void restApiServesThisContextsEngine() {
    EngineRest.serve(engine);
  }

  /** §I.A–§I.D, §II.A.1–§II.A.4, §II.B–§II.F, §III.A–§III.R (M, N and O each), §IV.A–§IV.K. */
  static List<String> everyClauseOfThePolicy() {
    List<String> codes = new ArrayList<>();
    letters('A', 'D').forEach(letter -> codes.add("§I." + letter));
    IntStream.rangeClosed(1, 4).forEach(item -> codes.add("§II.A." + item));
    letters('B', 'F').forEach(letter -> codes.add("§II." + letter));
    letters('A', 'R').forEach(letter -> codes.add("§III." + letter));
    letters('A', 'K').forEach(letter -> codes.add("§IV." + letter));
    return codes;
  }

  private static Stream<Character> letters(char first, char last) {
    return IntStream.rangeClosed(first, last).mapToObj(c -> (char) c);
  }

  @Test
  void theCatalogueHoldsEveryClauseOfThePolicyOnceInOrder() {
    assertThat(Arrays.stream(PolicyClause.values()).map(c -> c.code)).containsExactlyElementsOf(everyClauseOfThePolicy());
    assertThat(PolicyClause.values()).allSatisfy(clause -> assertThat(clause.title).isNotBlank().doesNotContain("§III.L–"));
  }

  @Test
  void signedInStaffAndTheAnonymousPageGetTheSameCatalogue() {
    JsonNode api = rest.withBasicAuth("employee", EngineRest.DEMO_PASSWORD).getForObject("/api/policy-clauses", JsonNode.class);
    assertThat(api.findValuesAsText("code")).containsExactlyElementsOf(everyClauseOfThePolicy());
    assertThat(api.get(0).get("section").asText()).isEqualTo("§I Department-sanctioned presence");
    assertThat(api.get(api.size() - 1).get("section").asText()).isEqualTo("§IV Prohibited content");

    assertThat(rest.getForEntity("/api/policy-clauses", String.class).getStatusCode().value())
        .as("/api answers staff only; the anonymous page has its own").isEqualTo(401);

    JsonNode anonymousForm = rest.getForObject("/report/form", JsonNode.class);
    assertThat(anonymousForm.get("clauses").findValuesAsText("code")).containsExactlyElementsOf(everyClauseOfThePolicy());
    assertThat(anonymousForm.get("clauses").findValuesAsText("title")).containsExactlyElementsOf(api.findValuesAsText("title"));
  }

  @Test
  void clausesAreReadWithOrWithoutTheSectionSignAndUnknownOnesAreRefused() {
    assertThat(PolicyClause.parse("II.A.2, §III.M;§iv.g", "The clauses"))
        .containsExactly(PolicyClause.II_A_2, PolicyClause.III_M, PolicyClause.IV_G);
    assertThatThrownBy(() -> PolicyClause.parse("§III.S", "The clauses violated")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'§III.S' is not a clause of Policy 3.21");
    assertThatThrownBy(() -> PolicyClause.parse(" ", "The clauses violated")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("required");
  }

  @Test
  void noticesNameEachClauseFoundWithItsTitle() {
    assertThat(PolicyClause.described("§IV.G, §III.N")).isEqualTo(
        "§IV.G Names of victims of sexual assault or child molestation\n" + "§III.N " + PolicyClause.III_N.title);
  }
}
