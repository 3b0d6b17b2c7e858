package org.policy321.platform.documents;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

/** Stored documents; used through {@link DocumentService}, which computes the hashes. */
public interface StoredDocumentRepository extends CrudRepository<StoredDocument, Long> {

  List<StoredDocument> findByProcessInstanceIdOrderByIdAsc(String processInstanceId);

  /** Removes the documents numbered {@code number} or {@code number-…} (DR-12-M1, DA-2026-0001-R). */
  @Modifying
  @Query("DELETE FROM document WHERE document_number = :number OR document_number LIKE CONCAT(:number, '-%')")
  int deleteNumbered(String number);
}
