package org.policy321.posting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One published version of the Chief's content guidelines (§I.B): its number, title, text and effective date, who
 * published it and when, and the signed PDF/A made of it (the stored document and its SHA-256). Immutable: nothing in
 * the application updates or deletes a version; a change is a new version.
 */
@Table("content_guideline")
public record ContentGuideline(@Id int version, String title, @Column("body") String text, LocalDate effectiveOn,
    String publishedBy, OffsetDateTime publishedAt, long documentId, String documentSha256) {

  /** How people and the posting log name it: "Content guidelines v3". */
  public String label() {
    return "Content guidelines v" + version;
  }

  /** The version's document number (its stored PDF/A): {@code CG-3}. */
  public String documentNumber() {
    return "CG-" + version;
  }

  @Override
  public String toString() {
    return "ContentGuideline[version=%d, title=%s, effectiveOn=%s, publishedBy=%s]"
        .formatted(version, title, effectiveOn, publishedBy);
  }
}
