package org.policy321.platform.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a {@link StartRefusedException}'s sentence and action (registered in META-INF/spring.factories). */
public class StartRefusedFailureAnalyzer extends AbstractFailureAnalyzer<StartRefusedException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, StartRefusedException refused) {
    return new FailureAnalysis(refused.getMessage(), refused.action(), refused);
  }
}
