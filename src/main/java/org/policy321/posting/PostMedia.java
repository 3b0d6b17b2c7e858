package org.policy321.posting;

/** A post's media file as the records describe it: its name, type by content, size and SHA-256. */
record PostMedia(String name, String type, long size, String sha256) {

  /** "photo.png (image/png, 12 kB, SHA-256 ab12…)" */
  String describe() {
    return name + " (" + type + ", " + Math.max(1, Math.round(size / 1024.0)) + " kB, SHA-256 " + sha256 + ")";
  }
}
