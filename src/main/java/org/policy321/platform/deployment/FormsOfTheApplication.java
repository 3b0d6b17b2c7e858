package org.policy321.platform.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;

/**
 * The task forms this application ships ({@code forms/} at the top of the repository, {@code classpath:forms/}
 * once built), by the resource name a diagram's form key gives. Only a plain name under {@code forms/} is
 * served: a form key is written by whoever deploys, and must not reach any other file on the classpath
 * ({@code forms/../application.yaml}).
 */
final class FormsOfTheApplication {

  private static final Pattern FORM_NAME = Pattern.compile("forms/[a-z0-9][a-z0-9-]*\\.(html|form)");

  private FormsOfTheApplication() {}

  static boolean isFormName(String resourceName) {
    return FORM_NAME.matcher(resourceName).matches();
  }

  /** The form's current bytes, or empty when the application has no form of that name. */
  static Optional<byte[]> read(String resourceName) {
    if (!isFormName(resourceName)) {
      return Optional.empty();
    }
    ClassPathResource form = new ClassPathResource(resourceName);
    if (!form.exists()) {
      return Optional.empty();
    }
    try (InputStream in = form.getInputStream()) {
      return Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the application's form " + resourceName, e);
    }
  }
}
