package org.policy321.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The element templates administrators pick from Camunda Modeler's palette ({@code element-templates/}, README
 * "Changing a process") name delegates the application has, and every delegate the diagrams use has one. Their
 * shape is checked against Camunda 7's element template JSON schema by {@code npm run lint:templates} in the
 * build.
 */
@SpringBootTest
@ActiveProfiles("test")
class ElementTemplatesTest {

  private static final Pattern DELEGATE = Pattern.compile("camunda:delegateExpression=\"\\$\\{(\\w+)}\"");

  @Autowired ApplicationContext context;

  @Test
  void everyTemplateNamesADelegateBeanOfTheApplication() throws IOException {
    List<String> missing = new ArrayList<>();
    for (String bean : templateBeans()) {
      if (!context.containsBean(bean) || !(context.getBean(bean) instanceof JavaDelegate)) {
        missing.add(bean);
      }
    }
    assertThat(missing).as("templates naming no JavaDelegate bean").isEmpty();
  }

  @Test
  void everyDelegateADiagramUsesHasATemplate_andIdsAreUnique() throws IOException {
    Set<String> used = new TreeSet<>();
    try (var diagrams = Files.list(Path.of("bpmn"))) {
      for (Path diagram : diagrams.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        Matcher delegate = DELEGATE.matcher(Files.readString(diagram));
        while (delegate.find()) {
          used.add(delegate.group(1));
        }
      }
    }
    assertThat(templateBeans()).containsAll(used);
    List<String> ids = new ArrayList<>();
    templates().forEach(template -> ids.add(template.path("id").asText()));
    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.startsWith("org.policy321."));
  }

  private static Set<String> templateBeans() throws IOException {
    Set<String> beans = new TreeSet<>();
    for (JsonNode template : templates()) {
      for (JsonNode property : template.path("properties")) {
        if ("camunda:delegateExpression".equals(property.path("binding").path("name").asText())) {
          Matcher bean = Pattern.compile("^\\$\\{(\\w+)}$").matcher(property.path("value").asText());
          assertThat(bean.matches()).as(template.path("id").asText() + " delegateExpression").isTrue();
          beans.add(bean.group(1));
        }
      }
    }
    return beans;
  }

  private static List<JsonNode> templates() throws IOException {
    List<JsonNode> templates = new ArrayList<>();
    try (var files = Files.list(Path.of("element-templates"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        new ObjectMapper().readTree(file.toFile()).forEach(templates::add);
      }
    }
    assertThat(templates).isNotEmpty();
    return templates;
  }
}
