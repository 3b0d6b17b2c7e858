package org.policy321.platform.identity;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

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
}
