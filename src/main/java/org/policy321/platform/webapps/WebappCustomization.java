package org.policy321.platform.webapps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webapps' own customization files, {@code app/{tasklist,cockpit,admin,welcome}/scripts/config.js} and
 * {@code styles/user-styles.css}, as this department's: the starter serves both from its webjar (Spring MVC
 * resource handlers under {@code /camunda/app/**}); a controller mapping of the same path comes first.
 *
 * <ul>
 *   <li>{@code config.js}: Camunda's own file of that app (its defaults, Tasklist's shortcuts, stay), with
 *       {@code app.vendor} the department's name (the header and title read "vendor name": "Springfield Police
 *       Department Tasklist") and {@code disableWelcomeMessage} (the login page's first-visit box that links to
 *       Camunda's welcome page). Generated, so the name comes from {@code policy.department.name}. Tasklist's and
 *       Cockpit's also list {@code customScripts}, the ES modules the app imports (7.14+) and whose exported plugins
 *       it registers: {@link #SCRIPTS}, served from {@code webapps/<app>/} (or {@code webapps/shared/}) under
 *       {@code app/<app>/scripts/policy/}.
 *       {@code approvals-link}: "Approvals" in the header (plugin points {@code tasklist.navbar.action} and
 *       {@code cockpit.navigation}, for auditors, who work in Cockpit), the approvals page in the same session;
 *       {@code roster-link}: "Roster" in Tasklist's header for HR and auditors (the roster page, issue 15);
 *       {@code posting-log-link}: "Posting log" in both headers for whoever reads the log (issue 14, §VI.B), one
 *       file for both apps ({@link #SHARED});
 *       {@code case-number-on-start}: Tasklist's start confirmation names the new instance's business key ("Your
 *       request DR-12 was received."). Tasklist's list begins with the forms' shared script ({@link SharedFormFiles}),
 *       loaded before Tasklist starts and so before any form.</li>
 *   <li>{@code user-styles.css}: hides the Community Edition's end-of-life banner ("It is time to migrate to
 *       Camunda 8..."). The header widget renders it whenever the build is CE, with no setting to turn it off
 *       (camunda-commons-ui {@code cam-widget-header}; asked for in camunda-bpm-platform#4171, not given);
 *       user-styles.css is the file the webapps load after their own styles for such changes.</li>
 * </ul>
 */
@RestController
class WebappCustomization {

  private static final String APPS = "{app:tasklist|cockpit|admin|welcome}";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** How Camunda's config.js files hand over their settings (an ES module, loaded with import()). */
  private static final String EXPORT = "export default {";
  /**
   * Each app's scripts, in its config.js {@code customScripts}; each is {@code webapps/<app>/<name>.js}, or
   * {@code webapps/shared/<name>.js} when {@link #SHARED}.
   */
  static final Map<String, List<String>> SCRIPTS = Map.of(
      "tasklist", List.of("approvals-link", "roster-link", "posting-log-link", "case-number-on-start"),
      "cockpit", List.of("approvals-link", "posting-log-link"));
  /**
   * Scripts written once for both apps, {@code webapps/shared/<name>.js}, served to each beside its own scripts (so
   * that a relative {@code import} finds them): a header link both apps show, and the module the header links
   * import to ask whether to show themselves ({@code header-link}, imported, not a plugin).
   */
  static final List<String> SHARED = List.of("header-link", "posting-log-link");
  /** Where an app imports them from, relative to {@code app/<app>/} (it appends ".js"). */
  private static final String SCRIPTS_PATH = "scripts/policy/";

  private final DepartmentProperties department;
  private final String webjar;
  private final String styles;
  /** "app/name" → the script. */
  private final Map<String, String> scripts = new LinkedHashMap<>();

  WebappCustomization(DepartmentProperties department, CamundaBpmProperties camunda) {
    this.department = department;
    this.webjar = camunda.getWebapp().getWebjarClasspath();
    this.styles = read("webapps/user-styles.css");
    SCRIPTS.forEach((app, names) -> Stream.concat(names.stream(), SHARED.stream()).distinct()
        .forEach(name -> scripts.put(app + "/" + name, read(scriptFile(app, name)))));
  }

  @GetMapping(path = "${camunda.bpm.webapp.application-path:/camunda}/app/" + APPS + "/scripts/config.js")
  ResponseEntity<String> config(@PathVariable String app) {
    String camundas = read(webjar + "/app/" + app + "/scripts/config.js");
    if (camundas.indexOf(EXPORT) < 0 || camundas.indexOf(EXPORT) != camundas.lastIndexOf(EXPORT)) {
      throw new IllegalStateException("Camunda's " + app + " config.js no longer has one \"" + EXPORT + "\"");
    }
    String script = camundas.replace(EXPORT, "const camundaDefaults = {")
        + "\n// " + getClass().getName() + ": the department's name, no Camunda welcome box, our scripts.\n"
        + "export default Object.assign(camundaDefaults, " + departments(app) + ");\n";
    return ResponseEntity.ok().contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noCache()).body(script);
  }

  @GetMapping(path = "${camunda.bpm.webapp.application-path:/camunda}/app/" + APPS + "/styles/user-styles.css")
  ResponseEntity<String> styles(@PathVariable String app) {
    return ResponseEntity.ok().contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noCache()).body(styles);
  }

  @GetMapping(path = "${camunda.bpm.webapp.application-path:/camunda}/app/" + APPS + "/" + SCRIPTS_PATH + "{name}.js")
  ResponseEntity<String> script(@PathVariable String app, @PathVariable String name) {
    String script = scripts.get(app + "/" + name);
    if (script == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }
    return ResponseEntity.ok().contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noCache()).body(script);
  }

  private String departments(String app) {
    Map<String, Object> settings = new LinkedHashMap<>();
    // The app's own name stays (Camunda's default is the app's id): "<vendor> <name>".
    settings.put("app", Map.of("vendor", department.name(), "name", Character.toUpperCase(app.charAt(0)) + app.substring(1)));
    settings.put("disableWelcomeMessage", true);
    if (SCRIPTS.containsKey(app)) {
      List<String> scripts = new ArrayList<>();
      if (app.equals("tasklist")) {
        scripts.add(SharedFormFiles.SCRIPT); // what the forms share, loaded before Tasklist starts and any form
      }
      SCRIPTS.get(app).forEach(name -> scripts.add(SCRIPTS_PATH + name));
      settings.put("customScripts", scripts);
    }
    try {
      return JSON.writeValueAsString(settings);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Where an app's script is written: the app's own folder, or the one both apps share. */
  private static String scriptFile(String app, String name) {
    return "webapps/" + (SHARED.contains(name) ? "shared" : app) + "/" + name + ".js";
  }

  private static String read(String classpath) {
    try {
      return StreamUtils.copyToString(new ClassPathResource(classpath).getInputStream(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + classpath + " from the classpath", e);
    }
  }
}
