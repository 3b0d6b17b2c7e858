package org.policy321.platform.webapps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** Tasklist's, Cockpit's and Admin's own customization files, as the department's (browser: WebappsBrowserIT). */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class WebappCustomizationTest {

  @Autowired TestRestTemplate http;

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void configJsNamesTheDepartment_andKeepsCamundasDefaults(String app) {
    ResponseEntity<String> config = http.getForEntity("/camunda/app/" + app + "/scripts/config.js?bust=1", String.class);

    assertThat(config.getStatusCode().value()).isEqualTo(200);
    assertThat(config.getHeaders().getContentType().toString()).startsWith("text/javascript");
    assertThat(config.getBody())
        .contains("export default Object.assign(camundaDefaults, {\"app\":{")
        .contains("\"vendor\":\"Springfield Police Department\"")
        .contains("\"disableWelcomeMessage\":true")
        .containsOnlyOnce("export default");
    if (app.equals("tasklist")) {
      assertThat(config.getBody()).contains("claimTask: {").contains("\"customScripts\":[\"policy-forms/policy-forms\"]");
    } else {
      assertThat(config.getBody()).doesNotContain("\"customScripts\"");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void userStylesHideTheEndOfLifeBanner(String app) {
    ResponseEntity<String> styles = http.getForEntity("/camunda/app/" + app + "/styles/user-styles.css", String.class);

    assertThat(styles.getStatusCode().value()).isEqualTo(200);
    assertThat(styles.getHeaders().getContentType().toString()).startsWith("text/css");
    assertThat(styles.getBody()).contains(".ce-eol-banner {\n  display: none !important;");
  }

  /** Issue 17: what the forms share is written once, served beside Tasklist's scripts (SharedFormFiles). */
  @Test
  void theFormsSharedScriptAndSummariesAreServedUnderTasklist() {
    ResponseEntity<String> script = http.getForEntity("/camunda/app/tasklist/policy-forms/policy-forms.js?bust=1", String.class);
    assertThat(script.getStatusCode().value()).isEqualTo(200);
    assertThat(script.getHeaders().getContentType().toString()).startsWith("text/javascript");
    assertThat(script.getBody()).contains("window.policyForms = {").contains("Still needed: ");

    ResponseEntity<String> summary = http.getForEntity("/camunda/app/tasklist/policy-forms/violation-case.html", String.class);
    assertThat(summary.getStatusCode().value()).isEqualTo(200);
    assertThat(summary.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(summary.getBody()).contains("class=\"case-number\">{{violationCase.caseNumber}}");

    assertThat(http.getForEntity("/camunda/app/tasklist/policy-forms/removal.html", String.class).getBody())
        .contains("class=\"removal-reason\">{{removal.reason}}");
    assertThat(http.getForEntity("/camunda/app/tasklist/policy-forms/no-such-file.js", String.class)
        .getStatusCode().value()).isEqualTo(404);
  }
}
