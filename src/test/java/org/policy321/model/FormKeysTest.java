package org.policy321.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policy321.violation.ViolationReporting.PartyTask;

/**
 * Every Tasklist form a diagram (or the party tasks of a violation case) names exists in forms/, and
 * every form in forms/ tells its user which clause of Policy 3.21 it serves.
 */
class FormKeysTest {

  private static final Pattern EMBEDDED = Pattern.compile("embedded:deployment:(forms/[\\w.-]+)");

  @Test
  void everyFormKeyNamesAFormThatExists() throws IOException {
    List<String> keys = new ArrayList<>();
    try (Stream<Path> diagrams = Files.list(Path.of("bpmn"))) {
      for (Path diagram : diagrams.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        Matcher matcher = EMBEDDED.matcher(Files.readString(diagram));
        while (matcher.find()) {
          keys.add(matcher.group(1));
        }
      }
    }
    for (PartyTask task : PartyTask.values()) {
      Matcher matcher = EMBEDDED.matcher(task.formKey);
      assertThat(matcher.matches()).as(task.formKey).isTrue();
      keys.add(matcher.group(1));
    }
    assertThat(keys).hasSizeGreaterThan(20).allSatisfy(form -> assertThat(Path.of(form)).as(form).isRegularFile());
  }

  @Test
  void everyFormCitesItsClause() throws IOException {
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      assertThat(forms.toList()).isNotEmpty().allSatisfy(form ->
          assertThat(Files.readString(form)).as(form.toString()).containsPattern("§(I|II|III|IV|V|VI)\\.[A-Z]"));
    }
  }
}
