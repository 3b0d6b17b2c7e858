package org.policy321.platform.security;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * The variables a person may set where a process takes input from a client: its start event and its
 * user tasks. Each declares them in the diagram as the extension property {@code inputs} (a
 * comma-separated list, shown in Camunda Modeler under "Extension properties"), the fields of its
 * form. The parser keeps the list on the activity, so the {@link ClientCommandGuard} finds it
 * without reading the model again. An element without the property takes no input at all: a new
 * task must say what it accepts before anyone can send it anything.
 */
public final class DeclaredInputs extends AbstractBpmnParseListener {

  /** The extension property's name in the BPMN files. */
  public static final String PROPERTY = "inputs";
  private static final String ACTIVITY_PROPERTY = "policy.declaredInputs";

  /** The declared inputs of {@code activity}; empty when it declares none. */
  @SuppressWarnings("unchecked")
  static Set<String> of(ActivityImpl activity) {
    Object inputs = activity == null ? null : activity.getProperty(ACTIVITY_PROPERTY);
    return inputs == null ? Set.of() : (Set<String>) inputs;
  }

  /** "a, b ,c" → [a, b, c]; blanks dropped. */
  public static Set<String> parse(String value) {
    if (value == null) {
      return Set.of();
    }
    return Arrays.stream(value.split(",")).map(String::trim).filter(name -> !name.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  @Override
  public void parseStartEvent(Element startEventElement, ScopeImpl scope, ActivityImpl startEventActivity) {
    remember(startEventElement, startEventActivity);
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    remember(userTaskElement, activity);
  }

  private static void remember(Element element, ActivityImpl activity) {
    activity.setProperty(ACTIVITY_PROPERTY, Set.copyOf(parse(declaredValue(element))));
  }

  private static String declaredValue(Element element) {
    Element extensions = element.element("extensionElements");
    Element properties = extensions == null ? null
        : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (properties == null) {
      return null;
    }
    return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
        .filter(property -> PROPERTY.equals(property.attribute("name")))
        .map(property -> property.attribute("value"))
        .findFirst().orElse(null);
  }
}
