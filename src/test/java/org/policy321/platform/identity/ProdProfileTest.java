package org.policy321.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.spring.boot.starter.webapp.filter.LazyInitRegistration;
import org.junit.jupiter.api.Test;
import org.policy321.PolicyEngineApplication;
import org.policy321.platform.config.StartRefusedException;
import org.policy321.platform.config.StartRefusedFailureAnalyzer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code prod} profile seeds no demo accounts and refuses to start while any account (the
 * admin user included) still has the password "demo". Each test starts the whole application.
 */
class ProdProfileTest {

  /** A strong administrator password, by {@link AdminPasswordRule}. */
  private static final String STRONG = "Lantern-harbor-42";

  @Test
  void prodRefusesToStartWhileAnAccountStillHasTheDemoPassword() {
    assertThatThrownBy(() -> startProd(STRONG, "--policy.identity.seed-demo-users=true").close())
        .satisfies(failure -> assertThat(causes(failure))
            .anySatisfy(cause -> assertThat(cause.getMessage())
                .contains("Refusing to start")
                .contains("employee")
                .doesNotContain("admin")
                .contains("still have the demo password")));
  }

  @Test
  void prodRefusesToStartWithoutAdminPassword() {
    assertRefused(startingProd(null), "ADMIN_PASSWORD is not set");
  }

  @Test
  void prodRefusesToStartWithAWeakAdminPassword() {
    assertRefused(startingProd("demo"), "ADMIN_PASSWORD has 4 characters; the administrator's password needs at least 12.");
    assertRefused(startingProd("aaaaaaaaaaaaaaaaa"), "repeats too few characters");
    assertRefused(startingProd("my-Admin-password-7"), "contains the administrator's user name (admin)");
  }

  /** The refusal names what is wrong, never the password itself, and no admin account was created. */
  private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable start, String why) {
    assertThatThrownBy(start).satisfies(failure -> {
      StartRefusedException refused = causes(failure).stream().filter(StartRefusedException.class::isInstance)
          .map(StartRefusedException.class::cast).findFirst().orElseThrow(() -> new AssertionError(failure));
      assertThat(refused.getMessage()).startsWith("Refusing to start: ").contains(why)
          .doesNotContain("aaaaaaaaaaaaaaaaa", "my-Admin-password-7");
      assertThat(refused.action()).contains("Set ADMIN_PASSWORD");
      assertThat(new StartRefusedFailureAnalyzer().analyze(failure).getDescription()).contains(why);
    });
  }

  private static org.assertj.core.api.ThrowableAssert.ThrowingCallable startingProd(String adminPassword) {
    return adminPassword == null ? () -> startProd(List.of()).close() : () -> startProd(adminPassword).close();
  }

  @Test
  void prodWithARealAdminPasswordStartsAndSeedsNoDemoUsers() {
    try (ConfigurableApplicationContext context = startProd(STRONG)) {
      IdentityService identityService = context.getBean(IdentityService.class);

      assertThat(identityService.createUserQuery().list()).extracting(User::getId).containsExactly("admin");
      assertThat(context.getBean(IdentityProperties.class).seedDemoUsers()).isFalse();
      // Checking for the demo password must not count as a failed login: Camunda locks an account
      // for a while after each failed attempt, and for good after loginMaxAttempts (10) of them,
      // so a check that signs in with "demo" at every start would lock out rarely used accounts.
      assertThat(((UserEntity) identityService.createUserQuery().userId("admin").singleResult()).getAttempts())
          .as("failed login attempts recorded for admin at start").isZero();
      assertThat(identityService.checkPassword("admin", STRONG))
          .as("admin can sign in right after the start").isTrue();
    }
  }

  /**
   * The application with {@code prod} and the test overrides (in-memory database, no job
   * executor). Command-line arguments, because they outrank application.yaml (default properties
   * would not: server.port 8080 there would win).
   *
   * <p>Two JVM-wide registries would otherwise leak into the Spring test contexts that run in the
   * same JVM. The engine gets a name of its own: Camunda's engine registry (which the REST API
   * reads) is keyed by name, and this context must neither replace nor, when it closes, unregister
   * their "default" engine. And see {@link #forgetFailedContext}.
   */
  private static ConfigurableApplicationContext startProd(String adminPassword, String... settings) {
    List<String> args = new ArrayList<>(List.of("--ADMIN_PASSWORD=" + adminPassword));
    args.addAll(List.of(settings));
    return startProd(args);
  }

  private static ConfigurableApplicationContext startProd(List<String> settings) {
    String run = UUID.randomUUID().toString();
    List<String> args = new ArrayList<>(List.of("--server.port=0",
        "--spring.datasource.url=jdbc:h2:mem:prod-" + run,
        "--camunda.bpm.process-engine-name=prod-" + run));
    args.addAll(settings);
    return new SpringApplicationBuilder(PolicyEngineApplication.class)
        .profiles("prod", "test")
        .listeners(ProdProfileTest::forgetFailedContext)
        .run(args.toArray(String[]::new));
  }

  /**
   * The webapps' filters find their application context in a static field of
   * {@link LazyInitRegistration}, cleared when a context closes. A context that fails during
   * refresh never publishes its closed event, so the field would keep pointing at it and the next
   * Spring test context's Tomcat would fail to start ("has not been refreshed yet"). Clear it.
   */
  private static void forgetFailedContext(ApplicationEvent event) {
    if (event instanceof ApplicationFailedEvent) {
      new LazyInitRegistration().setApplicationContext(null);
    }
  }

  private static List<Throwable> causes(Throwable failure) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }
}
