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
      assertThat(config.getBody()).contains("claimTask: {")
          .contains("\"customScripts\":[\"policy-forms/policy-forms\",\"scripts/policy/approvals-link\","
              + "\"scripts/policy/roster-link\",\"scripts/policy/posting-log-link\","
              + "\"scripts/policy/case-number-on-start\"]");
    } else if (app.equals("cockpit")) {
      assertThat(config.getBody()).as("auditors work in Cockpit: its header links the approvals page and the log too")
          .contains("\"customScripts\":[\"scripts/policy/approvals-link\",\"scripts/policy/posting-log-link\"]");
    } else {
      assertThat(config.getBody()).doesNotContain("customScripts\":");
    }
  }

  /** An app imports each customScripts entry as an ES module (with ".js" appended) and registers its default export. */
  @Test
  void ourScriptsAreServed_asModulesExportingPlugins() {
    ResponseEntity<String> link = http.getForEntity("/camunda/app/tasklist/scripts/policy/approvals-link.js?bust=7.24.0",
        String.class);
    assertThat(link.getStatusCode().value()).isEqualTo(200);
    assertThat(link.getHeaders().getContentType().toString()).startsWith("text/javascript");
    assertThat(link.getBody()).contains("export default {", "pluginPoint: 'tasklist.navbar.action'",
        "link.href = '/approvals.html'");

    ResponseEntity<String> start = http.getForEntity("/camunda/app/tasklist/scripts/policy/case-number-on-start.js",
        String.class);
    assertThat(start.getStatusCode().value()).isEqualTo(200);
    assertThat(start.getBody()).contains("angular.module('cam.tasklist.custom')", "'Your request ' + number",
        "export default [];");

    ResponseEntity<String> cockpitLink = http.getForEntity("/camunda/app/cockpit/scripts/policy/approvals-link.js",
        String.class);
    assertThat(cockpitLink.getStatusCode().value()).isEqualTo(200);
    assertThat(cockpitLink.getBody()).contains("pluginPoint: 'cockpit.navigation'", "link.href = '/approvals.html'");

    assertThat(http.getForEntity("/camunda/app/tasklist/scripts/policy/nothing-here.js", String.class)
        .getStatusCode().value()).isEqualTo(404);
    assertThat(http.getForEntity("/camunda/app/cockpit/scripts/policy/case-number-on-start.js", String.class)
        .getStatusCode().value()).as("Tasklist's alone").isEqualTo(404);
  }

  /**
   * Issue 14 (§VI.B): "Posting log" is one file for Tasklist and Cockpit, each app rendering the plugin at its own
   * point; it and the roster's link import the one access check, served beside each app's scripts so that the
   * relative import finds it.
   */
  @Test
  void theHeaderLinksBothAppsShareAreOneFile_andImportTheOneAccessCheck_VIB() {
    String tasklists = http.getForEntity("/camunda/app/tasklist/scripts/policy/posting-log-link.js", String.class)
        .getBody();
    String cockpits = http.getForEntity("/camunda/app/cockpit/scripts/policy/posting-log-link.js", String.class)
        .getBody();
    assertThat(tasklists).isEqualTo(cockpits)
        .contains("import { accessCheckedLink } from './header-link.js';", "export default [",
            "pluginPoint: 'tasklist.navbar.action'", "pluginPoint: 'cockpit.navigation'",
            "href: '/posting-log/index.html'", "access: '/api/posting/log/access'");

    for (String app : new String[] {"tasklist", "cockpit"}) {
      ResponseEntity<String> check = http.getForEntity("/camunda/app/" + app + "/scripts/policy/header-link.js",
          String.class);
      assertThat(check.getStatusCode().value()).as(app).isEqualTo(200);
      assertThat(check.getHeaders().getContentType().toString()).startsWith("text/javascript");
      assertThat(check.getBody()).contains("export function accessCheckedLink(options)", "access.mayRead")
          .doesNotContain("export default");
    }
    assertThat(http.getForEntity("/camunda/app/tasklist/scripts/policy/roster-link.js", String.class).getBody())
        .contains("import { accessCheckedLink } from './header-link.js';", "access: '/api/roster/access'");
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
