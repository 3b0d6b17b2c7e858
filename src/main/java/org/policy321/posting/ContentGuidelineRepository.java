package org.policy321.posting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * The published versions, read and inserted: no save, update or delete, so no code path can change a published
 * version (§I.B). The version is the key; two publications at the same moment cannot both take it.
 */
interface ContentGuidelineRepository extends Repository<ContentGuideline, Integer> {

  Optional<ContentGuideline> findByVersion(int version);

  /** The version in force: the newest. */
  Optional<ContentGuideline> findFirstByOrderByVersionDesc();

  List<ContentGuideline> findAllByOrderByVersionDesc();

  @Modifying
  @Query("INSERT INTO content_guideline (version, title, body, effective_on, published_by, published_at, document_id, "
      + "document_sha256) VALUES (:version, :title, :text, :effectiveOn, :publishedBy, :publishedAt, :documentId, "
      + ":documentSha256)")
  void insert(int version, String title, String text, LocalDate effectiveOn, String publishedBy,
      OffsetDateTime publishedAt, long documentId, String documentSha256);
}
