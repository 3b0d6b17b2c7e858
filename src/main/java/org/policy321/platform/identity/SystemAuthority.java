package org.policy321.platform.identity;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;

/**
 * Engine calls the application makes on its own authority while a user's command runs: granting
 * a requester access to their case, starting the follow-up process of an approval. The signed-in
 * user (an employee) holds no permission for these, and should not.
 */
public final class SystemAuthority {

  private SystemAuthority() {}

  public static <T> T call(Callable<T> action) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      try {
        return action.call(); // outside any engine command: nobody is signed in to the engine
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return context.runWithoutAuthorization(action);
  }

  /**
   * {@link #call} with nobody signed in to the engine meanwhile: what it starts has no start user and
   * no operation-log entry naming whoever happened to trigger it (the reporter, an investigator, the
   * employee refusing a removal). The signed-in user is back afterwards.
   */
  public static <T> T callAsNobody(IdentityService identityService, Callable<T> action) {
    Authentication actor = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return call(action);
    } finally {
      if (actor != null) {
        identityService.setAuthentication(actor);
      }
    }
  }

  /**
   * Signs the user out of the engine for the rest of the running command, and back in when it ends
   * (committed or failed): what the command still does is the application's, recorded with no user —
   * no operation-log entry, no assigner of the identity links it creates. For a step that must not
   * leave the user's name in records that others read (the start of a §V case by its reporter).
   */
  public static void restOfCommandAsNobody(IdentityService identityService) {
    CommandContext context = Context.getCommandContext();
    Authentication actor = identityService.getCurrentAuthentication();
    if (context == null || actor == null) {
      return;
    }
    identityService.clearAuthentication();
    context.registerCommandContextListener(new CommandContextListener() {
      @Override
      public void onCommandContextClose(CommandContext commandContext) {
        identityService.setAuthentication(actor);
      }

      @Override
      public void onCommandFailed(CommandContext commandContext, Throwable failure) {
        identityService.setAuthentication(actor);
      }
    });
  }
}
