package org.policy321.approval;

import org.policy321.platform.documents.DocumentService;
import org.policy321.platform.forms.Upload;

/** Tells whether an inquiry answer brought a new layout: the digest of the layout last checked. */
final class LayoutDigest {

  private LayoutDigest() {}

  static String of(Upload layout) {
    return layout == null ? "" : DocumentService.sha256Hex(layout.content());
  }
}
