package org.policy321.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * A web origin, scheme://host:port, compared as browsers compare them: case-insensitive scheme and
 * host, and the scheme's default port when none is written.
 */
record WebOrigin(String scheme, String host, int port) {

  /** The origin a browser names in its {@code Origin} header; empty for "null" or anything unreadable. */
  static Optional<WebOrigin> parse(String text) {
    try {
      URI uri = URI.create(text.strip());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return Optional.empty();
      }
      return Optional.of(of(uri.getScheme(), uri.getHost(), uri.getPort()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The origin the request was sent to (behind a proxy: set {@code server.forward-headers-strategy}). */
  static WebOrigin of(HttpServletRequest request) {
    return of(request.getScheme(), request.getServerName(), request.getServerPort());
  }

  private static WebOrigin of(String scheme, String host, int port) {
    String lowerScheme = scheme.toLowerCase(Locale.ROOT);
    int effectivePort = port != -1 ? port : "https".equals(lowerScheme) ? 443 : 80;
    return new WebOrigin(lowerScheme, host.toLowerCase(Locale.ROOT), effectivePort);
  }

  @Override
  public String toString() {
    return scheme + "://" + host + ":" + port;
  }
}
