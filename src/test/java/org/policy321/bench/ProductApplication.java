package org.policy321.bench;

import org.policy321.PolicyEngineApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The whole application with profile {@code bench} (its engine configuration as it is, the job executor off)
 * on a fresh database, its web server on a free port; the grants of the bare process registered beside
 * the application's own, so either benchmark may run it.
 */
public final class ProductApplication {

  private ProductApplication() {}

  @SafeVarargs
  public static ConfigurableApplicationContext start(BenchDatabase database,
      ApplicationContextInitializer<ConfigurableApplicationContext>... more) {
    return new SpringApplicationBuilder(PolicyEngineApplication.class)
        .profiles(database.profilesWith("bench"))
        .initializers(context -> ((GenericApplicationContext) context)
            .registerBean(BareProcessAccess.class, BareProcessAccess::new))
        .initializers(more)
        .run(database.settingsWith("--server.port=0"));
  }
}
