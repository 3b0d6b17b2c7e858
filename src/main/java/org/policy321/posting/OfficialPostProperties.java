package org.policy321.posting;

import java.util.List;
import org.policy321.platform.config.IsoDurations;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the department runs official posts ({@code policy.posting.*}, README "Official posts"): whether HR or the
 * accounts' overseer approves every post as well (§II.C, §VI.B), whether a connector publishes (the external task
 * {@code publish-post}) or the poster does, how soon the Chief or a designee reviews an urgent notice published at
 * once, the media limit, who reviews the request of a member without a supervisor on the roster, and the screen's
 * rules (§IV), which are data: {@link PostScreen} reads them.
 */
@ConfigurationProperties("policy.posting")
public record OfficialPostProperties(@DefaultValue("false") boolean hrApproval,
    @DefaultValue("false") boolean publicationConnector, @DefaultValue("PT2H") String reviewDeadline,
    @DefaultValue("10485760") long maxMediaBytes, @DefaultValue("designee") String requestFallbackGroup,
    List<ScreenRule> screenRules) {

  public OfficialPostProperties {
    IsoDurations.require("policy.posting.review-deadline", reviewDeadline);
    screenRules = screenRules == null ? List.of() : List.copyOf(screenRules);
  }

  /**
   * One rule of the automatic screen: where {@code pattern} (a Java regular expression, matched ignoring case) finds
   * something in a post, the screen flags it under {@code clause} (a §-code of the clause catalogue), telling the
   * poster and the Chief {@code explanation}. {@code id} names the rule in the log and the tests.
   */
  public record ScreenRule(String id, String clause, String pattern, String explanation) {}
}
