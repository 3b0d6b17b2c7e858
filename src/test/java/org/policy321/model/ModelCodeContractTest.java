package org.policy321.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/**
 * The diagrams, the decision tables and the code agree (issue 16), so that an administrator's change in Modeler that
 * the code cannot follow fails the build rather than a case: every element id the code names is in a diagram; every
 * value a gateway tests, and every value a decision table lists, is one the server's catalogue of that variable
 * holds (the catalogues FormOptionsTest holds the forms' selects to). That a form binds only variables its element
 * declares is DeclaredInputsTest's.
 */
class ModelCodeContractTest {

  /** An element id as the conventions write them, in a Java string literal. */
  private static final Pattern ELEMENT_ID = Pattern.compile(
      "\"((?:Task|Gateway|Event|StartEvent|EndEvent|BoundaryEvent|SubProcess|SequenceFlow|Decision)_[A-Za-z0-9]+)\"");
  /** {@code variable == 'value'} (or with double quotes) in a condition. */
  private static final Pattern COMPARISON = Pattern.compile("(\\w+)\\s*==\\s*['\"]([^'\"]*)['\"]");
  private static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"]*)\"");

  /** Variables decided by a table rather than a form: their catalogue is the one their values come from. */
  private static final Map<String, String> SAME_CATALOGUE_AS = Map.of("disciplineRecommendation", "discipline");
  /** Variables the application sets (no form offers them), with the catalogue of what it sets. */
  private static final Map<String, Collection<String>> SET_BY_THE_APPLICATION = Map.of(
      "route", org.policy321.posting.OfficialPost.Routes.ALL,
      "trainingKind", java.util.Arrays.stream(org.policy321.training.TrainingKind.values()).map(k -> k.value).toList());

  @Test
  void everyElementIdTheCodeNamesIsInADiagram() throws IOException {
    Set<String> inDiagrams = new TreeSet<>();
    for (Path diagram : files("bpmn", ".bpmn", ".dmn")) {
      Matcher id = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(Files.readString(diagram));
      while (id.find()) {
        inDiagrams.add(id.group(1));
      }
    }
    Map<String, String> named = new HashMap<>();
    for (Path source : files("src/main/java", ".java")) {
      Matcher id = ELEMENT_ID.matcher(Files.readString(source));
      while (id.find()) {
        named.put(id.group(1), source.getFileName().toString());
      }
    }
    assertThat(named).isNotEmpty();
    List<String> missing = named.entrySet().stream().filter(e -> !inDiagrams.contains(e.getKey()))
        .map(e -> e.getKey() + " (" + e.getValue() + ")").sorted().toList();
    assertThat(missing).as("element ids the code names that no diagram has").isEmpty();
  }

  @Test
  void everyValueAGatewayTestsIsInTheServersCatalogue() throws IOException {
    List<String> unknown = new ArrayList<>();
    int compared = 0;
    for (Path diagram : files("bpmn", ".bpmn")) {
      for (SequenceFlow flow : Bpmn.readModelFromFile(diagram.toFile()).getModelElementsByType(SequenceFlow.class)) {
        if (flow.getConditionExpression() == null) {
          continue;
        }
        Matcher comparison = COMPARISON.matcher(flow.getConditionExpression().getTextContent());
        while (comparison.find()) {
          compared++;
          check(comparison.group(1), comparison.group(2), diagram + "#" + flow.getId(), unknown);
        }
      }
    }
    assertThat(compared).as("gateway comparisons read").isGreaterThan(10);
    assertThat(unknown).as("values tested in gateways that the server's catalogue does not hold").isEmpty();
  }

  @Test
  void everyValueADecisionTableListsIsInTheServersCatalogue() throws IOException {
    List<String> unknown = new ArrayList<>();
    int listed = 0;
    for (Path table : files("bpmn", ".dmn")) {
      DmnModelInstance model = Dmn.readModelFromFile(table.toFile());
      for (DecisionTable decisions : model.getModelElementsByType(DecisionTable.class)) {
        List<String> inputs = decisions.getInputs().stream()
            .map(input -> input.getInputExpression().getText().getTextContent().trim()).toList();
        List<String> outputs = decisions.getOutputs().stream().map(output -> output.getName()).toList();
        for (Rule rule : decisions.getRules()) {
          List<String> inputEntries = rule.getInputEntries().stream().map(e -> e.getText().getTextContent()).toList();
          List<String> outputEntries = rule.getOutputEntries().stream().map(e -> e.getText().getTextContent()).toList();
          listed += checkLiterals(inputs, inputEntries, table + "#" + rule.getId(), unknown);
          listed += checkLiterals(outputs, outputEntries, table + "#" + rule.getId(), unknown);
        }
      }
    }
    assertThat(listed).as("string values the tables list").isGreaterThan(5);
    assertThat(unknown).as("values listed in decision tables that the server's catalogue does not hold").isEmpty();
  }

  @Test
  void aValueOutsideTheCatalogue_orAVariableWithoutOne_isFound() {
    List<String> unknown = new ArrayList<>();
    check("decision", "approve", "known", unknown);
    check("decision", "maybe", "unknown value", unknown);
    check("mood", "happy", "no catalogue", unknown);
    assertThat(unknown).containsExactly("unknown value: decision = 'maybe'", "no catalogue: mood has no catalogue");
  }

  private static int checkLiterals(List<String> variables, List<String> entries, String where, List<String> unknown) {
    int literals = 0;
    for (int i = 0; i < entries.size(); i++) {
      Matcher literal = STRING_LITERAL.matcher(entries.get(i));
      while (literal.find()) {
        literals++;
        check(variables.get(i), literal.group(1), where, unknown);
      }
    }
    return literals;
  }

  private static void check(String variable, String value, String where, List<String> unknown) {
    String name = SAME_CATALOGUE_AS.getOrDefault(variable, variable);
    Collection<String> catalogue = FormOptionsTest.CATALOGUES.getOrDefault(name, SET_BY_THE_APPLICATION.get(name));
    if (catalogue == null) {
      unknown.add(where + ": " + variable + " has no catalogue");
    } else if (!catalogue.contains(value)) {
      unknown.add(where + ": " + variable + " = '" + value + "'");
    }
  }

  private static List<Path> files(String folder, String... endings) throws IOException {
    try (Stream<Path> files = Files.walk(Path.of(folder))) {
      return files.filter(f -> Stream.of(endings).anyMatch(f.toString()::endsWith)).sorted().toList();
    }
  }
}
