package org.policy321.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The cross-site rule case by case, on the filter alone: which requests reach the application. */
class CrossSiteRequestFilterTest {

  private final CrossSiteRequestFilter filter =
      new CrossSiteRequestFilter(new CrossSiteProperties(List.of("https://forms.department.example")));

  /** A request to https://tasks.department.example/engine-rest/… (port 443, the scheme's default). */
  private static MockHttpServletRequest request(String method, String origin, String fetchSite) {
    MockHttpServletRequest request = new MockHttpServletRequest(method, "/engine-rest/deployment/create");
    request.setScheme("https");
    request.setServerName("tasks.department.example");
    request.setServerPort(443);
    if (origin != null) {
      request.addHeader("Origin", origin);
    }
    if (fetchSite != null) {
      request.addHeader("Sec-Fetch-Site", fetchSite);
    }
    return request;
  }

  private boolean passes(MockHttpServletRequest request) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();
    filter.doFilter(request, response, chain);
    if (chain.getRequest() == null) {
      assertThat(response.getStatus()).isEqualTo(403);
      assertThat(response.getContentAsString()).contains(CrossSiteRequestFilter.REFUSED_TYPE, "Nothing was changed");
    }
    return chain.getRequest() != null;
  }

  @Test
  void changesFromTheApplicationsOwnPagesPass() throws Exception {
    assertThat(passes(request("POST", "https://tasks.department.example", "same-origin"))).isTrue();
    assertThat(passes(request("DELETE", "HTTPS://Tasks.Department.Example:443", null))).as("default port written").isTrue();
  }

  @Test
  void changesFromAnAllowedOriginPass() throws Exception {
    assertThat(passes(request("PUT", "https://forms.department.example", "same-site"))).isTrue();
  }

  @Test
  void changesFromClientsThatAreNotPagesPass() throws Exception {
    assertThat(passes(request("POST", null, null))).as("Camunda Modeler, curl, scripts").isTrue();
    assertThat(passes(request("POST", null, "none"))).as("typed by the user (a bookmark)").isTrue();
  }

  @Test
  void changesFromAnyOtherPageAreRefused() throws Exception {
    assertThat(passes(request("POST", "https://evil.example", "cross-site"))).isFalse();
    assertThat(passes(request("PATCH", "http://tasks.department.example", null))).as("another scheme").isFalse();
    assertThat(passes(request("POST", "https://tasks.department.example:8443", null))).as("another port").isFalse();
    assertThat(passes(request("POST", "https://intranet.department.example", "same-site"))).as("a sibling").isFalse();
    assertThat(passes(request("POST", "null", null))).as("an origin the browser hides").isFalse();
    assertThat(passes(request("DELETE", null, "cross-site"))).as("no Origin, but Sec-Fetch-Site").isFalse();
    assertThat(passes(request("POST", null, "same-site"))).isFalse();
  }

  @Test
  void readsPassFromAnywhere() throws Exception {
    for (String method : List.of("GET", "HEAD", "OPTIONS")) {
      assertThat(passes(request(method, "https://evil.example", "cross-site"))).as(method).isTrue();
    }
  }

  @Test
  void allowedOriginsAreTheSettingPolicySecurityAllowedOrigins() throws Exception {
    // As an environment variable would give them: POLICY_SECURITY_ALLOWEDORIGINS=https://a.example,https://b.example
    CrossSiteProperties properties = new Binder(new MapConfigurationPropertySource(Map.of(
        "policy.security.allowed-origins", "https://a.example,https://b.example:8443")))
        .bind("policy.security", CrossSiteProperties.class).get();
    CrossSiteRequestFilter configured = new CrossSiteRequestFilter(properties);

    MockFilterChain chain = new MockFilterChain();
    configured.doFilter(request("POST", "https://b.example:8443", "cross-site"), new MockHttpServletResponse(), chain);
    assertThat(chain.getRequest()).isNotNull();
    assertThat(new CrossSiteProperties(null).allowedOrigins()).as("the default").isEmpty();
  }

  @Test
  void anAllowedOriginThatIsNoOriginStopsTheStart() {
    assertThatThrownBy(() -> new CrossSiteRequestFilter(new CrossSiteProperties(List.of("forms.department.example"))))
        .hasMessageContaining("policy.security.allowed-origins").hasMessageContaining("forms.department.example");
  }
}
