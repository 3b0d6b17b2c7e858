package org.policy321.platform.rest;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;

/**
 * The engine API of Tasklist, Cockpit and Admin ({@code /camunda/api/engine/...}): Camunda's own
 * {@link EngineRestApplication} with the exception mappers and the id check of {@code /engine-rest}
 * ({@link RestApiErrorConfiguration}). Without them Tasklist shows a refused start or completion as
 * "Cannot instantiate process definition ..." or "ENGINE-03051 ... TaskListener ...", answered 500 and
 * logged as an error with a stack trace; with them it answers 400 with the sentence the person must act
 * on, exactly as {@code /engine-rest} does. Registered by {@link WebappEngineApiConfiguration}.
 */
public class WebappEngineApi extends EngineRestApplication {

  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes = new HashSet<>(super.getClasses());
    classes.addAll(RestApiErrorConfiguration.PROVIDERS);
    return classes;
  }
}
