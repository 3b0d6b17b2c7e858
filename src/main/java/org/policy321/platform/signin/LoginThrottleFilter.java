package org.policy321.platform.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.policy321.platform.rest.JsonRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts {@link LoginThrottle} in front of every way to try a password: HTTP basic on {@code /engine-rest},
 * {@code /api} and the metrics, and the webapps' login form. A blocked user and address get 429 with a
 * sentence and Retry-After, and the password is not even checked. A request's outcome is learnt from
 * what the sign-in did: 401 is a wrong password; a request that got past Camunda's basic filter
 * ({@link #SIGNED_IN}, set by {@link SignedInMarker}), or a 2xx from the login form, a right one.
 * Anything else (a refusal by another filter before the password was checked) counts as neither.
 *
 * <p>{@code POST /engine-rest/identity/verify} checks any user's password for any signed-in caller; it is
 * refused, so that no password is checked outside the throttle. Logs name the user, never the address.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  static final String SIGNED_IN = LoginThrottleFilter.class.getName() + ".signedIn";
  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottleFilter.class);
  private static final Pattern WEBAPP_LOGIN = Pattern.compile(".*/auth/user/[^/]+/login/[^/]+/?");
  private static final Pattern VERIFY_PASSWORD = Pattern.compile(".*/identity/verify/?");
  /** The webapps' login form is two short fields; anything longer is not a login. */
  private static final int MAX_LOGIN_BODY = 16 * 1024;

  private final LoginThrottle throttle;

  LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/engine-rest/") && VERIFY_PASSWORD.matcher(path).matches()) {
      JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "Passwords are checked only by "
          + "signing in (HTTP basic or the login page), not through /identity/verify.");
      return;
    }
    if ("POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches()) {
      byte[] body = request.getInputStream().readNBytes(MAX_LOGIN_BODY + 1);
      if (body.length > MAX_LOGIN_BODY) {
        JsonRefusal.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "InvalidRequestException",
            "A login request has a user name and a password, no more.");
        return;
      }
      throttled(new ReplayedBody(request, body), response, chain, SignInAttempt.formUser(body), false);
      return;
    }
    throttled(request, response, chain, SignInAttempt.basicUser(request), true);
  }

  private void throttled(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
      Optional<String> user, boolean basic) throws ServletException, IOException {
    if (user.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String userId = user.get();
    String address = request.getRemoteAddr();
    Optional<Duration> wait = throttle.wait(userId, address);
    if (wait.isPresent()) {
      refuse(response, userId, wait.get());
      return;
    }
    chain.doFilter(request, response);
    boolean signedIn = basic ? request.getAttribute(SIGNED_IN) != null : response.getStatus() / 100 == 2;
    if (signedIn) {
      throttle.succeeded(userId, address);
    } else if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(userId, address);
      // The user name is the client's text: no line breaks into the log.
      throttle.wait(userId, address).ifPresent(blocked -> LOG.warn(
          "Sign-in as {} refused for {} s after repeated wrong passwords from one address",
          userId.replaceAll("\\p{Cntrl}", "?"), seconds(blocked)));
    }
  }

  private static void refuse(HttpServletResponse response, String userId, Duration wait) throws IOException {
    long seconds = seconds(wait);
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    JsonRefusal.write(response, 429, "TooManyFailedSignIns", "Too many wrong passwords for \"" + userId
        + "\" from this address. Try again in " + seconds + " seconds; signing in from elsewhere is not affected. "
        + "If you have forgotten your password, ask an administrator to set a new one.");
  }

  /** Whole seconds, rounded up, at least 1: Retry-After takes no fractions. */
  private static long seconds(Duration wait) {
    return Math.max(1, wait.plusMillis(999).toSeconds());
  }
}
