package org.policy321.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.policy321.testing.Chromium;

/**
 * Every diagram opens cleanly in bpmn-js, the library Camunda Modeler draws with, with Camunda's extensions
 * (camunda-bpmn-moddle) known: no import warning, no error (issue 16). With {@code -Ddiagrams.render=true} it also
 * writes each picture README shows, headed by the digest of the diagram it was rendered from (DiagramPictures).
 * bpmn-js comes from npm ({@code npm ci}, which the build runs before the tests).
 */
class DiagramPicturesBrowserIT {

  private static final Path VIEWER = Path.of("node_modules", "bpmn-js", "dist", "bpmn-viewer.production.min.js");
  private static final Path CAMUNDA_MODDLE = Path.of("node_modules", "camunda-bpmn-moddle", "resources",
      "camunda.json");
  private static final String RENDER = """
      const done = arguments[arguments.length - 1];
      const viewer = new BpmnJS({ container: '#canvas', moddleExtensions: { camunda: window.camundaModdle } });
      viewer.importXML(arguments[0])
        .then(imported => viewer.saveSVG().then(saved => {
          viewer.destroy();
          done({ warnings: imported.warnings.map(w => w.message), svg: saved.svg });
        }))
        .catch(e => done({ error: String(e), warnings: (e.warnings || []).map(w => w.message) }));
      """;

  private static ChromeDriver chromium;

  static List<Path> diagrams() throws IOException {
    return BpmnModelConventionsTest.diagrams().toList();
  }

  @BeforeAll
  static void bpmnJsInChromium() throws IOException {
    chromium = new ChromeDriver(Chromium.driverService(), Chromium.options(
        Files.createTempDirectory("diagrams-chromium-profile"), Files.createTempDirectory("diagrams-downloads")));
    chromium.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    chromium.get("about:blank");
    chromium.executeScript("document.body.innerHTML = '<div id=\"canvas\" style=\"width:1600px;height:1000px\"></div>';");
    chromium.executeScript(Files.readString(VIEWER));
    chromium.executeScript("window.camundaModdle = " + Files.readString(CAMUNDA_MODDLE) + ";");
  }

  @AfterAll
  static void close() {
    if (chromium != null) {
      chromium.quit();
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void opensCleanlyInBpmnJs_andItsPictureIsRenderedFromIt(Path diagram) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> rendered = (Map<String, Object>) chromium.executeAsyncScript(RENDER, Files.readString(diagram));

    assertThat(rendered.get("error")).as(diagram + " import").isNull();
    assertThat((List<?>) rendered.get("warnings")).as(diagram + " import warnings").isEmpty();
    String svg = (String) rendered.get("svg");
    assertThat(svg).contains("<svg").contains("djs-");
    Path picture = DiagramPictures.pictureOf(diagram);
    if (Boolean.getBoolean("diagrams.render")) {
      Files.createDirectories(picture.getParent());
      Files.writeString(picture, DiagramPictures.picture(diagram, svg));
    }
    assertThat(DiagramPictures.renderedFrom(picture)).as(picture + " rendered from " + diagram + " as it is now")
        .contains(DiagramPictures.sha256(diagram));
  }
}
