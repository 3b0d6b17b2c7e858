package org.policy321.platform.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policy321.testing.BrowserStory;

/**
 * The Tasklist filters each role reads in its filter list (issue 17; saved at start-up by TaskFilterSetup, checked
 * over REST by TaskFiltersRestTest): exactly its own, "My to-do" first.
 */
class TaskFiltersBrowserIT extends BrowserStory {

  @Test
  void eachRoleReadsItsOwnFiltersInTasklist() throws Exception {
    step("an employee", () -> {
      login("employee");
      assertThat(tasklist.filterNames()).containsExactly("My to-do", "My requests", "Overdue");
      tasklist.logout();
    });
    step("the Chief", () -> {
      login("chief");
      assertThat(tasklist.filterNames()).containsExactly("My to-do", "Memos to decide", "Posts to approve", "My requests", "Overdue");
      tasklist.logout();
    });
    step("a designee", () -> {
      login("designee");
      assertThat(tasklist.filterNames()).containsExactly("My to-do", "Memos to decide", "Posts to approve", "My requests", "Overdue");
      tasklist.logout();
    });
    step("an authorized poster", () -> {
      login("pio");
      assertThat(tasklist.filterNames()).containsExactly("My to-do", "Posts to publish", "My requests", "Overdue");
      tasklist.logout();
    });
    step("Internal Affairs", () -> {
      login("ia");
      assertThat(tasklist.filterNames())
          .containsExactly("My to-do", "Reports to triage", "My cases", "My requests", "Overdue");
      tasklist.logout();
    });
  }
}
