package org.policy321.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.policy321.platform.policy.ProcedureClause;
import org.policy321.violation.PolicyClause;

/**
 * docs/clauses.md, made from the code's clause catalogue ({@link PolicyClause}, {@link ProcedureClause}): each
 * clause, the diagram elements whose documentation cites it, the tests whose names carry it ({@code _IIIR},
 * {@code _VB}, {@code _IIIE3} for an item of §III.E), and every citation that names no clause of the catalogue.
 */
final class ClauseTable {

  static final Path FILE = Path.of("docs", "clauses.md");

  /** A citation in documentation: §III.R, §II.A.1, or a whole section (§IV). */
  private static final Pattern CITATION = Pattern.compile("§(VI|V|IV|III|II|I)(?:\\.([A-Z])(?:\\.(\\d))?)?");
  /** A clause in a test's name: a part between underscores such as IIIR, IIA1, VB, IIIE3. */
  private static final Pattern NAME_PART = Pattern.compile("^(VI|V|IV|III|II|I)([A-R])(\\d?)$");
  private static final Pattern TEST_METHOD = Pattern.compile("@(?:Test|ParameterizedTest)[^;{]*?void\\s+(\\w+)\\s*\\(",
      Pattern.DOTALL);

  final Map<String, String> titles = new LinkedHashMap<>();
  final Map<String, List<String>> elements = new LinkedHashMap<>();
  final Map<String, List<String>> tests = new LinkedHashMap<>();
  final List<String> unknown = new ArrayList<>();

  private ClauseTable() {
    for (PolicyClause clause : PolicyClause.values()) {
      titles.put(clause.code, clause.title);
    }
    for (ProcedureClause clause : ProcedureClause.values()) {
      titles.put(clause.code, clause.title);
    }
    List<String> inPolicyOrder = new ArrayList<>(titles.keySet());
    inPolicyOrder.sort(java.util.Comparator.comparing(ClauseTable::policyOrder));
    Map<String, String> ordered = new LinkedHashMap<>();
    inPolicyOrder.forEach(code -> ordered.put(code, titles.get(code)));
    titles.clear();
    titles.putAll(ordered);
    titles.keySet().forEach(code -> {
      elements.put(code, new ArrayList<>());
      tests.put(code, new ArrayList<>());
    });
  }

  static ClauseTable read() throws IOException {
    ClauseTable table = new ClauseTable();
    for (Path diagram : files(Path.of("bpmn"), ".bpmn")) {
      table.readDiagram(diagram);
    }
    for (Path test : files(Path.of("src", "test", "java"), "Test.java", "IT.java")) {
      table.readTest(test);
    }
    return table;
  }

  private void readDiagram(Path diagram) {
    var model = Bpmn.readModelFromFile(diagram.toFile());
    for (Documentation documentation : model.getModelElementsByType(Documentation.class)) {
      BaseElement element = (BaseElement) documentation.getParentElement();
      String name = element instanceof FlowElement flow && flow.getName() != null ? " (" + flow.getName() + ")" : "";
      String where = diagram.getFileName() + " `" + element.getId() + "`" + name.replace("\n", " ");
      Matcher citation = CITATION.matcher(documentation.getTextContent());
      TreeSet<String> cited = new TreeSet<>();
      while (citation.find()) {
        cited.add(citation.group());
      }
      cited.forEach(code -> cite(code, where, elements));
    }
  }

  private void readTest(Path test) throws IOException {
    String className = test.getFileName().toString().replace(".java", "");
    Matcher method = TEST_METHOD.matcher(Files.readString(test));
    while (method.find()) {
      String name = method.group(1);
      TreeSet<String> cited = new TreeSet<>();
      for (String part : name.split("_")) {
        Matcher clause = NAME_PART.matcher(part);
        if (clause.matches()) {
          cited.add(codeOf(clause));
        }
      }
      cited.forEach(code -> cite(code, className + "." + name, tests));
    }
  }

  /** IIA1 is §II.A.1 where the catalogue has it; IIIE3 is item 3 of §III.E, so §III.E. */
  private String codeOf(Matcher part) {
    String clause = "§" + part.group(1) + "." + part.group(2);
    String item = clause + "." + part.group(3);
    return part.group(3).isEmpty() || !titles.containsKey(item) ? clause : item;
  }

  private void cite(String code, String where, Map<String, List<String>> citations) {
    if (citations.containsKey(code)) {
      citations.get(code).add(where);
    } else if (!isSection(code)) {
      unknown.add(code + " in " + where);
    }
  }

  /** A whole section (§III) is cited as often as its clauses; it is known when a clause of it is. */
  private boolean isSection(String code) {
    return !code.contains(".") && titles.keySet().stream().anyMatch(known -> known.startsWith(code + "."));
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Clauses of Policy 3.21 in the diagrams and the tests\n\n")
        .append("Generated from the code's clause catalogue (`violation/PolicyClause`, `platform/policy/ProcedureClause`)")
        .append(" by `ClauseTableTest`, which fails when this file is stale. To write it again:\n")
        .append("`mvn -q -DskipBpmnlint=true -Dtest=ClauseTableTest -Dclauses.write=true test`.\n\n")
        .append("| clause | what it asks | diagram elements | tests |\n| --- | --- | ---: | ---: |\n");
    titles.forEach((code, title) -> md.append("| [").append(code).append("](#").append(anchor(code)).append(") | ")
        .append(title).append(" | ").append(elements.get(code).size()).append(" | ")
        .append(tests.get(code).size()).append(" |\n"));
    titles.forEach((code, title) -> {
      md.append("\n## ").append(code).append("\n").append(title).append("\n");
      list(md, "Diagram elements", elements.get(code));
      list(md, "Tests", tests.get(code));
    });
    return md.toString();
  }

  private static void list(StringBuilder md, String heading, List<String> entries) {
    md.append("\n").append(heading).append(":");
    if (entries.isEmpty()) {
      md.append(" none\n");
      return;
    }
    md.append("\n");
    entries.stream().sorted().forEach(entry -> md.append("- ").append(entry).append("\n"));
  }

  /** §I.E before §II.A: sections by their number, then the clause's letter and item. */
  private static String policyOrder(String code) {
    Matcher clause = CITATION.matcher(code);
    clause.matches();
    int section = List.of("I", "II", "III", "IV", "V", "VI").indexOf(clause.group(1));
    return section + code.substring(clause.end(1));
  }

  /** GitHub's heading anchor of "## §III.R": lower case, § and dots dropped. */
  private static String anchor(String code) {
    return code.toLowerCase().replace("§", "").replace(".", "");
  }

  private static List<Path> files(Path folder, String... endings) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> Stream.of(endings).anyMatch(f.toString()::endsWith)).sorted().toList();
    }
  }
}
