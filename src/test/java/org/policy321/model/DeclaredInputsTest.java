package org.policy321.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;
import org.policy321.platform.security.DeclaredInputs;
import org.policy321.violation.ViolationReporting.PartyTask;

/**
 * Every place a person gives input declares the variables it takes (extension property
 * {@code inputs}, enforced by {@code ClientCommandGuard}), and the declaration covers what its form
 * sends: otherwise Tasklist's form would be refused; and a field nobody's form sends would be a
 * door left open for REST clients, so each extra name must be one the process reads.
 */
class DeclaredInputsTest {

  private static final Pattern FORM_FIELD = Pattern.compile("cam-variable-name=\"(\\w+)\"");
  private static final Pattern SCRIPT_FIELD = Pattern.compile("createVariable\\(\\{\\s*name:\\s*'(\\w+)'");
  private static final String PARTY_FORM_KEY = "${partyFormKey}";
  /** Declared without a form field: REST clients replace the layout directly (README, REST contract). */
  private static final Set<String> REST_ONLY = Set.of("layout");

  @Test
  void everyElementWithAFormDeclaresWhatItsFormSends() throws IOException {
    List<String> checked = new ArrayList<>();
    for (BpmnModelInstance model : models()) {
      for (BaseElement element : elementsWithForms(model)) {
        String formKey = formKey(element);
        Set<String> declared = declared(element);
        assertThat(declared).as(element.getId() + " has no extension property 'inputs'").isNotNull();
        Set<String> sent = PARTY_FORM_KEY.equals(formKey) ? partyFormFields() : formFields(formKey);
        assertThat(declared).as(element.getId() + " declares every field of " + formKey).containsAll(sent);
        Set<String> extra = new LinkedHashSet<>(declared);
        extra.removeAll(sent);
        assertThat(extra).as(element.getId() + " declares only its form's fields").isSubsetOf(REST_ONLY);
        checked.add(element.getId());
      }
    }
    assertThat(checked).hasSizeGreaterThan(20).contains("StartEvent_MemoSubmitted", "Task_DecideOnMemo");
  }

  @Test
  void elementsWithoutAFormTakeNoInput() throws IOException {
    for (BpmnModelInstance model : models()) {
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormKey() == null) {
          assertThat(declared(start)).as(start.getId()).isNull();
        }
      }
    }
  }

  @Test
  void declarationsParseAsACommaSeparatedList() {
    assertThat(DeclaredInputs.parse(" a, b ,,c ")).containsExactly("a", "b", "c");
    assertThat(DeclaredInputs.parse("")).isEmpty();
    assertThat(DeclaredInputs.parse(null)).isEmpty();
  }

  private static List<BpmnModelInstance> models() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().map(f -> Bpmn.readModelFromFile(f.toFile()))
          .toList();
    }
  }

  private static List<BaseElement> elementsWithForms(BpmnModelInstance model) {
    List<BaseElement> elements = new ArrayList<>();
    model.getModelElementsByType(StartEvent.class).stream().filter(e -> e.getCamundaFormKey() != null)
        .forEach(elements::add);
    model.getModelElementsByType(UserTask.class).stream().filter(e -> e.getCamundaFormKey() != null)
        .forEach(elements::add);
    return elements;
  }

  private static String formKey(BaseElement element) {
    return element instanceof UserTask task ? task.getCamundaFormKey() : ((StartEvent) element).getCamundaFormKey();
  }

  /** The declared names, or null when the element has no {@code inputs} property. */
  private static Set<String> declared(BaseElement element) {
    if (element.getExtensionElements() == null) {
      return null;
    }
    Collection<CamundaProperty> properties = element.getExtensionElements().getElementsQuery()
        .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream()).toList();
    return properties.stream().filter(p -> DeclaredInputs.PROPERTY.equals(p.getCamundaName()))
        .map(p -> DeclaredInputs.parse(p.getCamundaValue())).findFirst().orElse(null);
  }

  private static Set<String> formFields(String formKey) {
    String form = formKey.replace("embedded:deployment:", "");
    try {
      String html = Files.readString(Path.of(form));
      Set<String> fields = new LinkedHashSet<>();
      for (Pattern pattern : List.of(FORM_FIELD, SCRIPT_FIELD)) {
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
          fields.add(matcher.group(1));
        }
      }
      return fields;
    } catch (IOException e) {
      throw new AssertionError(form, e);
    }
  }

  private static Set<String> partyFormFields() {
    Set<String> fields = new LinkedHashSet<>();
    for (PartyTask task : PartyTask.values()) {
      fields.addAll(formFields(task.formKey));
    }
    return fields;
  }
}
