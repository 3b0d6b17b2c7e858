package org.policy321.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConfigurationRulesTest {

  @Test
  void deadlinesMustBeIsoDurationsAndTheErrorNamesTheSetting() {
    assertThat(IsoDurations.require("policy.x", "P5D")).isEqualTo("P5D");
    assertThat(IsoDurations.require("policy.x", "PT4H")).isEqualTo("PT4H");
    assertThat(IsoDurations.require("policy.x", "P1Y")).isEqualTo("P1Y");
    assertThatThrownBy(() -> IsoDurations.require("policy.removal.deadline", "3 days"))
        .hasMessageContaining("policy.removal.deadline").hasMessageContaining("'3 days'");
    assertThatThrownBy(() -> IsoDurations.require("policy.removal.deadline", null))
        .hasMessageContaining("policy.removal.deadline");
  }

  @Test
  void deployedResourcesAreNamedByTheirClasspathPathWhereverTheyLie() {
    assertThat(EngineConfiguration.classpathName("file:/srv/app/target/classes/forms/submit-memo.html"))
        .isEqualTo("forms/submit-memo.html");
    assertThat(EngineConfiguration.classpathName("jar:file:/app.jar!/BOOT-INF/classes!/bpmn/depiction-approval.bpmn"))
        .isEqualTo("bpmn/depiction-approval.bpmn");
  }
}
