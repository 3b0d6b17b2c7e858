package org.policy321.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pictures of the diagrams that README shows ({@code docs/diagrams/<process-key>.svg}), rendered by bpmn-js
 * in Chromium (DiagramPicturesBrowserIT). Each names the SHA-256 of the diagram it was rendered from in a comment
 * after its XML declaration, so that a picture older than its diagram is found without a browser (DiagramPicturesTest) and without
 * trusting file times, which a clone does not keep.
 */
final class DiagramPictures {

  static final Path FOLDER = Path.of("docs", "diagrams");
  private static final Pattern RENDERED_FROM = Pattern.compile("<!-- rendered from (\\S+) sha256 ([0-9a-f]{64}) -->");

  private DiagramPictures() {}

  static Path pictureOf(Path diagram) {
    return FOLDER.resolve(diagram.getFileName().toString().replace(".bpmn", ".svg"));
  }

  /** bpmn-js's SVG with the comment naming the diagram's digest after its XML declaration, which must come first. */
  static String picture(Path diagram, String svg) throws IOException {
    String header = "<!-- rendered from " + diagram.getFileName() + " sha256 " + sha256(diagram) + " -->\n";
    int afterDeclaration = svg.startsWith("<?xml") ? svg.indexOf("?>") + 2 : 0;
    String declaration = svg.substring(0, afterDeclaration);
    return declaration + (declaration.isEmpty() ? "" : "\n") + header + svg.substring(afterDeclaration).stripLeading()
        + "\n";
  }

  /** The digest the picture says it was rendered from, if it says one. */
  static Optional<String> renderedFrom(Path picture) throws IOException {
    if (!Files.exists(picture)) {
      return Optional.empty();
    }
    Matcher header = RENDERED_FROM.matcher(Files.readString(picture));
    return header.find() ? Optional.of(header.group(2)) : Optional.empty();
  }

  static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
