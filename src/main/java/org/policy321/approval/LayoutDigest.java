package org.policy321.approval;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.policy321.platform.forms.Upload;

/** Tells whether an inquiry answer brought a new layout: the digest of the layout last checked. */
final class LayoutDigest {

  private LayoutDigest() {}

  static String of(Upload layout) {
    if (layout == null) {
      return "";
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(layout.content()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
