package org.policy321.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every diagram has a picture in docs/diagrams rendered from it as it is now (issue 16): a diagram changed without
 * rendering its picture again fails here. To render them: {@code mvn -Dtest=NONE -Dit.test=DiagramPicturesBrowserIT
 * -Ddiagrams.render=true verify}.
 */
class DiagramPicturesTest {

  static java.util.List<Path> diagrams() throws IOException {
    return BpmnModelConventionsTest.diagrams().toList();
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void thePictureIsRenderedFromTheDiagramAsItIsNow(Path diagram) throws IOException {
    Path picture = DiagramPictures.pictureOf(diagram);
    assertThat(picture).as("picture of " + diagram).exists();
    assertThat(DiagramPictures.renderedFrom(picture)).as(picture + " is older than " + diagram
        + "; render it again (DiagramPicturesBrowserIT with -Ddiagrams.render=true)")
        .contains(DiagramPictures.sha256(diagram));
    assertThat(Files.readString(picture)).startsWith("<?xml").contains("<svg").contains("</svg>");
  }
}
