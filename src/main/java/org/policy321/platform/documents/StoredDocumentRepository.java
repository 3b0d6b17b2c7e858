package org.policy321.platform.documents;

import java.util.List;
import org.springframework.data.repository.CrudRepository;

/** Stored documents; used through {@link DocumentService}, which computes the hashes. */
public interface StoredDocumentRepository extends CrudRepository<StoredDocument, Long> {

  List<StoredDocument> findByProcessInstanceIdOrderByIdAsc(String processInstanceId);
}
