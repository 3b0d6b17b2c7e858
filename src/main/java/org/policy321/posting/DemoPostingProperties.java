package org.policy321.posting;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The demo's official accounts ({@code policy.posting.demo-accounts}), seeded with the demo users. */
@ConfigurationProperties("policy.posting")
record DemoPostingProperties(List<DemoAccount> demoAccounts) {

  DemoPostingProperties {
    demoAccounts = demoAccounts == null ? List.of() : List.copyOf(demoAccounts);
  }

  /** One demo account, its §I.D checklist confirmed by the overseer. */
  record DemoAccount(String platform, String handle, String url, String overseer) {}
}
