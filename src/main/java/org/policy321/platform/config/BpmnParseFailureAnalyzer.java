package org.policy321.platform.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.xml.sax.SAXParseException;

/**
 * Issue 6, operations: a diagram that does not parse stops the start with a report naming the file
 * and the line, where the operator (or whoever edited it in Camunda Modeler) can fix it.
 *
 * <p>The engine names the line itself only for errors it finds in well-formed XML (a
 * {@link ParseException}: "... | resource x.bpmn | line 12 | column 5"). For XML that is not
 * well-formed (an unclosed element, a stray character) it reports "ENGINE-09003 Could not parse
 * 'x.bpmn'. The element type ... must be terminated ..." and leaves the line in the underlying
 * {@link SAXParseException}; this analyzer puts the two together. Registered in
 * {@code META-INF/spring.factories}; Spring Boot prints its report as "APPLICATION FAILED TO START".
 */
public class BpmnParseFailureAnalyzer implements FailureAnalyzer {

  /** Camunda's message for a resource its XML parser rejected (EngineUtilLogger, code 09003). */
  private static final Pattern NOT_WELL_FORMED = Pattern.compile("ENGINE-09003 Could not parse '([^']*)'");
  private static final String ACTION = "Correct the file (Camunda Modeler shows the problem), or leave it out of "
      + "camunda.bpm.deployment-resource-pattern; the engine deploys nothing until every file parses.";

  @Override
  public FailureAnalysis analyze(Throwable failure) {
    List<Throwable> chain = causes(failure);
    for (Throwable cause : chain) {
      if (cause instanceof ParseException parse) {
        return new FailureAnalysis(describe(parse), ACTION, parse);
      }
    }
    for (int i = 0; i + 1 < chain.size(); i++) {
      Matcher resource = NOT_WELL_FORMED.matcher(String.valueOf(chain.get(i).getMessage()));
      if (resource.find() && chain.get(i + 1) instanceof SAXParseException sax) {
        String description = "The BPMN file '%s' does not parse: line %d, column %d: %s"
            .formatted(resource.group(1), sax.getLineNumber(), sax.getColumnNumber(), sax.getMessage());
        return new FailureAnalysis(description, ACTION, sax);
      }
    }
    return null;
  }

  private static String describe(ParseException parse) {
    StringBuilder description = new StringBuilder();
    for (ResourceReport report : parse.getResorceReports()) {
      for (Problem error : report.getErrors()) {
        description.append("The BPMN file '%s' does not parse: line %d, column %d: %s%n"
            .formatted(report.getResourceName(), error.getLine(), error.getColumn(), error.getMessage()));
      }
    }
    return description.isEmpty() ? parse.getMessage() : description.toString().strip();
  }

  private static List<Throwable> causes(Throwable failure) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }
}
