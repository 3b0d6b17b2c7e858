package org.policy321.platform.webapps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the Tasklist forms ({@code forms/*.html}) share, written once (issue 17): {@code policy-forms.js}, which
 * Tasklist loads before it starts (config.js {@code customScripts}, {@link WebappCustomization}), and the case
 * summaries it includes into forms ({@code violation-case.html}, {@code removal.html}); all from
 * {@code src/main/resources/webapps/policy-forms/}. Served under Tasklist's own path, beside its other scripts,
 * because customScripts are paths inside the app; a controller mapping comes before the starter's webjar handler.
 */
@RestController
class SharedFormFiles {

  /** The folder under Tasklist, as config.js names it (without the ".js" Tasklist adds). */
  static final String FOLDER = "policy-forms";
  static final String SCRIPT = FOLDER + "/policy-forms";

  @GetMapping(path = "${camunda.bpm.webapp.application-path:/camunda}/app/tasklist/" + FOLDER + "/{name:[a-z-]+}.js")
  ResponseEntity<String> script(@PathVariable String name) {
    return file(name + ".js", new MediaType("text", "javascript", StandardCharsets.UTF_8));
  }

  @GetMapping(path = "${camunda.bpm.webapp.application-path:/camunda}/app/tasklist/" + FOLDER + "/{name:[a-z-]+}.html")
  ResponseEntity<String> template(@PathVariable String name) {
    return file(name + ".html", new MediaType("text", "html", StandardCharsets.UTF_8));
  }

  private static ResponseEntity<String> file(String name, MediaType type) {
    ClassPathResource resource = new ClassPathResource("webapps/" + FOLDER + "/" + name);
    if (!resource.exists()) {
      return ResponseEntity.notFound().build();
    }
    try {
      // no-cache: a new deployment's forms and this script change together; the browser asks again each time.
      return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache())
          .body(StreamUtils.copyToString(resource.getInputStream(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
