package org.policy321.platform.forms;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.springframework.stereotype.Component;

/**
 * A refused input is the person's to correct, not the server's failure: the engine logs it at DEBUG, as it
 * logs every BadUserRequestException ({@code CommandContext#shouldLogFine}), also when it comes wrapped.
 *
 * <p>A command that fails is logged by its command context as it closes ("ENGINE-16004 Exception while
 * closing command context", logger {@code org.camunda.bpm.engine.context}): at DEBUG for a
 * BadUserRequestException, but at ERROR for anything else, and what a task or execution listener throws
 * reaches it wrapped in a plain ProcessEngineException ("ENGINE-03051 There was an exception while invoking
 * the TaskListener"). So every refusal a listener makes (a decision without a notation) was logged as an
 * error with its stack trace. Our command contexts look for the refusal in the cause chain; every other
 * failure is logged as Camunda logs it. The REST layers log answers below 500 at DEBUG themselves.
 */
@Component
class RefusedInputLogging extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandContextFactory factory = new CommandContextFactory() {
      @Override
      public CommandContext createCommandContext() {
        return new RefusalAwareCommandContext(getProcessEngineConfiguration());
      }
    };
    factory.setProcessEngineConfiguration(configuration);
    configuration.setCommandContextFactory(factory);
  }

  /** Camunda's command context, with a wrapped refusal logged as a bare one is. */
  static final class RefusalAwareCommandContext extends CommandContext {

    RefusalAwareCommandContext(ProcessEngineConfigurationImpl configuration) {
      super(configuration);
    }

    @Override
    protected boolean shouldLogFine(Throwable exception) {
      return super.shouldLogFine(exception) || InvalidInputException.in(exception).isPresent();
    }
  }
}
