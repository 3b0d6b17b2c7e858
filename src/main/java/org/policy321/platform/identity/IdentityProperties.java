package org.policy321.platform.identity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Identity settings: whether the demo accounts are seeded, and whether the application refuses to
 * start while an account still has the demo password (the {@code prod} profile).
 */
@ConfigurationProperties("policy.identity")
public record IdentityProperties(
    boolean seedDemoUsers, boolean refuseDemoPasswords, List<DemoUser> demoUsers) {

  public static final String DEMO_PASSWORD = "demo";

  public IdentityProperties {
    demoUsers = demoUsers == null ? List.of() : List.copyOf(demoUsers);
  }

  /** One seeded account: Camunda user, group memberships and roster entry. */
  public record DemoUser(
      String id,
      String firstName,
      String lastName,
      String rank,
      String unit,
      String supervisor,
      List<String> groups) {}
}
