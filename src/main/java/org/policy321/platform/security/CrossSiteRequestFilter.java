package org.policy321.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.policy321.platform.rest.JsonRefusal;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a change (POST, PUT, PATCH, DELETE) that a web page of another origin made a browser
 * send: with the credentials that browser holds (a Tasklist session, HTTP basic credentials it
 * cached) it would act as the signed-in user — a form on any site could deploy a diagram through
 * {@code /engine-rest/deployment/create}. Answered 403 with a sentence, before authentication and
 * before the engine, so nothing is changed and no password is tried.
 *
 * <p>A browser names the page's origin in {@code Origin} on every such request, and modern ones say
 * in {@code Sec-Fetch-Site} whether it is the same origin. Clients that are not web pages — scripts,
 * curl, Camunda Modeler (which deploys from its Node.js process) — send neither and pass, as do the
 * application's own pages and the origins of {@code policy.security.allowed-origins}. An origin a
 * browser hides ({@code Origin: null}: sandboxed frames, {@code file:} pages, redirects) is foreign.
 * Reads (GET, HEAD, OPTIONS) pass: another origin cannot read the answers (no CORS is allowed).
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

  static final String REFUSED_TYPE = "CrossSiteRequestRefused";
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final Set<String> FOREIGN_FETCH_SITES = Set.of("cross-site", "same-site");

  private final Set<WebOrigin> allowedOrigins;

  CrossSiteRequestFilter(CrossSiteProperties properties) {
    this.allowedOrigins = properties.allowedOrigins().stream()
        .map(origin -> WebOrigin.parse(origin).orElseThrow(() -> new IllegalArgumentException(
            "policy.security.allowed-origins: \"" + origin + "\" is not an origin such as https://forms.example")))
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> foreignPage = READS.contains(request.getMethod()) ? Optional.empty() : foreignPage(request);
    if (foreignPage.isPresent()) {
      JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, REFUSED_TYPE, "Refused: a page of another site ("
          + foreignPage.get() + ") tried to make your browser change data here. Nothing was changed. Changes are "
          + "accepted from this application's own pages, from Camunda Modeler and from scripts, not from other sites.");
      return;
    }
    chain.doFilter(request, response);
  }

  /** The other site a browser says the request comes from, if it says so. */
  private Optional<String> foreignPage(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin != null) {
      Optional<WebOrigin> page = WebOrigin.parse(origin);
      boolean ours = page.isPresent() && (page.get().equals(WebOrigin.of(request)) || allowedOrigins.contains(page.get()));
      return ours ? Optional.empty() : Optional.of(origin);
    }
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    return fetchSite != null && FOREIGN_FETCH_SITES.contains(fetchSite) ? Optional.of("a " + fetchSite + " page")
        : Optional.empty();
  }
}
