package org.policy321.platform.forms;

import java.util.Arrays;
import java.util.Optional;

/**
 * Accepts only PDF, PNG and JPEG files, recognised by their first bytes rather than their name or
 * declared type, so a renamed executable or script is refused; and refuses files over the limit.
 */
public final class UploadCheck {

  /** What the content turned out to be. */
  public enum Kind {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg");

    public final String mimeType;
    public final String extension;

    Kind(String mimeType, String extension) {
      this.mimeType = mimeType;
      this.extension = extension;
    }

    /** "evidence" → "evidence.png". */
    public String fileName(String base) {
      return base + "." + extension;
    }
  }

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

  private UploadCheck() {}

  /**
   * @param what the field as the form names it, for the message ("The layout (§III.E.3)")
   * @return the kind of file, checked by content
   * @throws InvalidInputException if the file is empty, too large or not PDF, PNG or JPEG
   */
  public static Kind check(String what, Upload upload, long maxBytes) {
    byte[] content = upload.content();
    if (content.length == 0) {
      throw new InvalidInputException(what + " \"" + upload.fileName() + "\" is empty.");
    }
    if (content.length > maxBytes) {
      throw new InvalidInputException(String.format(
          "%s \"%s\" is %.1f MB; the limit is %.0f MB. Reduce or split the file and upload it again.",
          what, upload.fileName(), content.length / 1048576.0, maxBytes / 1048576.0));
    }
    return kindOf(content).orElseThrow(() -> new InvalidInputException(what + " \"" + upload.fileName()
        + "\" is not a PDF, PNG or JPEG file (checked by its content, not its name)."));
  }

  /** PDF, PNG or JPEG by the first bytes, whatever the name or declared type says; empty for anything else. */
  public static Optional<Kind> kindOf(byte[] content) {
    if (startsWith(content, PDF_MAGIC)) {
      return Optional.of(Kind.PDF);
    }
    if (startsWith(content, PNG_MAGIC)) {
      return Optional.of(Kind.PNG);
    }
    if (startsWith(content, JPEG_MAGIC)) {
      return Optional.of(Kind.JPEG);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    return content.length >= magic.length
        && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }
}
