package org.policy321.model;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policy321.approval.DepictionApproval;
import org.policy321.platform.forms.FormValues;
import org.policy321.posting.OfficialPost;
import org.policy321.posting.PostCategory;
import org.policy321.removal.ApprovalReview;
import org.policy321.removal.RemovalOnDirection.Outcomes;
import org.policy321.violation.CaseInvestigation;
import org.policy321.violation.Discipline;
import org.policy321.violation.Finding;
import org.policy321.violation.ImmediateAction;
import org.policy321.violation.ImmediateActions;
import org.policy321.violation.PolicyScope;
import org.policy321.violation.TriageOutcome;
import org.policy321.violation.ViolationReporting.InvestigationSteps;
import org.policy321.violation.ViolationReporting.Routes;

/**
 * Every select of every Tasklist form offers exactly the values the server accepts for its variable (issue 17: "a
 * test that form options equal the server's catalogues"): the enums and value lists the services check the input
 * against. An option the server refuses, or a value the server knows that the form cannot send, fails here.
 */
class FormOptionsTest {

  private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
  private static final Pattern VARIABLE = Pattern.compile("cam-variable-name=\"(\\w+)\"");
  private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");
  private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
  /** The "Choose…" option: no value, so the required select stays invalid until a person chooses. */
  private static final String PLACEHOLDER = "";

  /** Per variable, the server's catalogue of what it accepts. */
  static final Map<String, Collection<String>> CATALOGUES = Map.ofEntries(
      entry("decision", DepictionApproval.Decisions.ALL),
      entry("approvalDecision", ApprovalReview.Decisions.ALL),
      entry("policyReviewOutcome", org.policy321.training.PolicyAnnualReview.Outcomes.ALL),
      entry("removalOutcome", Outcomes.ANSWERS),
      entry("partialRemovalDecision", Outcomes.PARTIAL_DECISIONS),
      entry("unremovedPostingDecision", Outcomes.UNREMOVED_DECISIONS),
      entry("discipline", Arrays.stream(Discipline.values()).map(d -> d.value).toList()),
      entry("finding", Arrays.stream(Finding.values()).map(Finding::value).toList()),
      entry("immediateAction", Arrays.stream(ImmediateAction.values()).map(a -> a.value).toList()),
      entry("policyScope", Arrays.stream(PolicyScope.values()).map(s -> s.value).toList()),
      entry("triage", Arrays.stream(TriageOutcome.values()).map(TriageOutcome::value).toList()),
      entry("investigationStep", InvestigationSteps.ALL),
      entry("violationNature", CaseInvestigation.NATURES),
      entry("severity", CaseInvestigation.SEVERITIES),
      entry("routeTo", Routes.ALL),
      entry("takeDownAnswer", ImmediateActions.TAKE_DOWN_ANSWERS),
      entry("category", PostCategory.ALL),
      entry("supervisorDecision", OfficialPost.SupervisorDecisions.ALL),
      entry("postDecision", OfficialPost.Decisions.ALL),
      entry("overseerDecision", OfficialPost.Decisions.ALL),
      entry("reviewOutcome", OfficialPost.ReviewOutcomes.ALL),
      // Yes/no questions, read by FormValues.flag.
      entry("acknowledged", FormValues.FLAG_VALUES),
      entry("statementGiven", FormValues.FLAG_VALUES),
      entry("postingStillUp", FormValues.FLAG_VALUES),
      entry("newNoticeOfIntent", FormValues.FLAG_VALUES),
      entry("extensionApproved", FormValues.FLAG_VALUES),
      entry("referToInternalAffairs", FormValues.FLAG_VALUES),
      entry("endangers", FormValues.FLAG_VALUES),
      entry("endangersDecided", FormValues.FLAG_VALUES),
      entry("removalVerified", FormValues.FLAG_VALUES),
      entry("takeDownVerified", FormValues.FLAG_VALUES),
      entry("conformsToGuidelines", FormValues.FLAG_VALUES),
      entry("statesMaintainedByDepartment", FormValues.FLAG_VALUES),
      entry("showsPhoneNumber", FormValues.FLAG_VALUES),
      entry("showsAddress", FormValues.FLAG_VALUES),
      entry("checklistRestored", FormValues.FLAG_VALUES));

  /**
   * Selects whose options the form loads from the server's catalogue itself (an Angular ng-repeat over what the
   * endpoint answers), with the endpoint: the clause catalogue, PolicyClause, is GET /api/policy-clauses.
   */
  private static final Map<String, String> LOADED = Map.of("clauses", "/api/policy-clauses");

  @Test
  void everySelectOffersExactlyTheServersCatalogue() throws IOException {
    // A catalogue with a value twice would let a form offer it once and still pass.
    CATALOGUES.forEach((name, values) -> assertThat(Set.copyOf(values)).as(name).hasSameSizeAs(values));
    Map<String, String> mismatches = new TreeMap<>();
    List<String> checked = new ArrayList<>();
    Set<String> variables = new HashSet<>();
    for (Path form : forms()) {
      String html = Files.readString(form);
      for (Map.Entry<String, List<String>> select : selects(html).entrySet()) {
        String where = form.getFileName() + " " + select.getKey();
        checked.add(where);
        variables.add(select.getKey());
        if (LOADED.containsKey(select.getKey())) {
          // The placeholder, and one option repeated for each entry the endpoint answers; nothing typed in.
          assertThat(select.getValue()).as(where + " has no options of its own")
              .containsExactly(PLACEHOLDER, "{{clause.code}}");
          assertThat(html).as(where + " loads its options from the catalogue")
              .contains("fetch('" + LOADED.get(select.getKey()) + "'")
              .contains("ng-repeat=\"clause in section.clauses\"");
          continue;
        }
        assertThat(CATALOGUES).as(where + ": a select needs the server's catalogue of its variable here")
            .containsKey(select.getKey());
        differences(select.getValue(), CATALOGUES.get(select.getKey())).ifPresent(d -> mismatches.put(where, d));
      }
    }
    assertThat(mismatches).as("selects whose options differ from the server's catalogue").isEmpty();
    assertThat(variables).as("every catalogue here belongs to a select").containsAll(CATALOGUES.keySet());
    assertThat(checked).hasSizeGreaterThanOrEqualTo(CATALOGUES.size() + LOADED.size())
        .contains("decide-on-memo.html decision", "investigate-report.html finding", "report-violation.html clauses");
  }

  @Test
  void anOptionTheServerDoesNotKnow_orAMissingOne_isFound() {
    String memo = "<select cam-variable-name=\"decision\"><option value=\"\">Choose…</option>"
        + "<option value=\"approve\">Approve</option>"
        + "<option value=\"approved-with-conditions\">With conditions</option>"
        + "<option value=\"inquire\">Ask</option></select>";
    List<String> offered = selects(memo).get("decision");

    assertThat(differences(offered, DepictionApproval.Decisions.ALL)).hasValue(
        "the server does not accept [approved-with-conditions]; the form does not offer [disapprove]");
    assertThat(differences(List.of("", "approve", "disapprove", "inquire", "inquire"), DepictionApproval.Decisions.ALL))
        .hasValue("offered twice: [inquire]");
    assertThat(differences(List.of("", "approve", "disapprove", "inquire"), DepictionApproval.Decisions.ALL)).isEmpty();
  }

  /** Each select's variable and its options' values, in the order of the form. */
  private static Map<String, List<String>> selects(String html) {
    Map<String, List<String>> selects = new LinkedHashMap<>();
    Matcher select = SELECT.matcher(html);
    while (select.find()) {
      Matcher variable = VARIABLE.matcher(select.group(1));
      assertThat(variable.find()).as("a select without cam-variable-name: " + select.group(1)).isTrue();
      List<String> values = new ArrayList<>();
      Matcher option = OPTION.matcher(select.group(2));
      while (option.find()) {
        Matcher value = VALUE.matcher(option.group(1));
        values.add(value.find() ? value.group(1) : "(no value attribute)");
      }
      selects.put(variable.group(1), values);
    }
    return selects;
  }

  /** What differs between the options (the placeholder aside) and the catalogue, in a sentence; empty if nothing. */
  private static Optional<String> differences(List<String> options, Collection<String> catalogue) {
    List<String> offered = options.stream().filter(v -> !v.equals(PLACEHOLDER)).toList();
    List<String> problems = new ArrayList<>();
    List<String> twice = offered.stream().filter(v -> offered.indexOf(v) != offered.lastIndexOf(v)).distinct().toList();
    List<String> unknown = offered.stream().filter(v -> !catalogue.contains(v)).distinct().toList();
    List<String> missing = catalogue.stream().filter(v -> !offered.contains(v)).sorted().toList();
    if (!twice.isEmpty()) {
      problems.add("offered twice: " + twice);
    }
    if (!unknown.isEmpty()) {
      problems.add("the server does not accept " + unknown);
    }
    if (!missing.isEmpty()) {
      problems.add("the form does not offer " + missing);
    }
    return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
  }

  private static List<Path> forms() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
  }
}
