package org.policy321.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.policy321.audit.CaseHistory.DocumentEntry;
import org.policy321.audit.CaseHistory.Header;
import org.policy321.audit.CaseHistory.Party;
import org.policy321.audit.CaseHistory.Signature;
import org.policy321.audit.CaseHistory.Step;
import org.policy321.platform.cases.CaseRecord;
import org.policy321.platform.documents.DocumentService;
import org.policy321.platform.documents.DocumentSignatures;
import org.policy321.platform.documents.StoredDocument;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.identity.SystemAuthority;
import org.springframework.stereotype.Service;

/**
 * Puts a case's history together for a reader {@link CaseFinder} has let in: the steps of each of its process
 * instances, read without the engine's authorization checks (the reader's right is the case's rule, checked
 * before, not a permission per process), and its documents with their hashes checked.
 */
@Service
class CaseHistories {

  private final CaseFinder finder;
  private final HistoryReader reader;
  private final DocumentService documents;
  private final DocumentSignatures signatures;
  private final Roster roster;
  private final IdentityService identityService;
  private final Clock clock;

  CaseHistories(CaseFinder finder, HistoryReader reader, DocumentService documents, DocumentSignatures signatures,
      Roster roster, IdentityService identityService, Clock clock) {
    this.finder = finder;
    this.reader = reader;
    this.documents = documents;
    this.signatures = signatures;
    this.roster = roster;
    this.identityService = identityService;
    this.clock = clock;
  }

  CaseHistory of(String caller, CaseRecord record) {
    People people = new People(roster, record);
    List<HistoricProcessInstance> instances =
        SystemAuthority.callAsNobody(identityService, () -> finder.processInstances(record));
    List<Step> steps = SystemAuthority.callAsNobody(identityService, () -> instances.stream()
        .flatMap(instance -> reader.steps(instance, people).stream())
        .sorted(Comparator.comparing(Step::at)).toList());
    List<DocumentEntry> entries = documentsOf(instances).stream().map(doc -> entry(record, doc)).toList();
    return new CaseHistory(header(record, people), steps, entries, finder.integrity(record),
        OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), people.name(caller, caller));
  }

  /** The document, if it belongs to one of the case's process instances. */
  StoredDocument document(CaseRecord record, long documentId) {
    List<String> instanceIds = SystemAuthority.callAsNobody(identityService, () -> finder.processInstances(record))
        .stream().map(HistoricProcessInstance::getId).toList();
    return documents.find(documentId).filter(doc -> instanceIds.contains(doc.processInstanceId()))
        .orElseThrow(() -> AuditRefusal.noSuchCase(record.number() + " with document " + documentId));
  }

  static Header header(CaseRecord record, People people) {
    List<Party> parties = record.parties().stream()
        .map(p -> new Party(p.role(), people.id(p.userId()), people.name(p.userId(), People.NOBODY))).toList();
    return new Header(record.number(), record.numbers(), record.kind().label(), record.summary(), record.status(),
        record.finished(), record.openedAt(), record.closedAt(), parties);
  }

  private List<StoredDocument> documentsOf(List<HistoricProcessInstance> instances) {
    return instances.stream().flatMap(instance -> documents.findByProcessInstance(instance.getId()).stream())
        .sorted(Comparator.comparing(StoredDocument::createdAt).thenComparing(StoredDocument::id)).toList();
  }

  private DocumentEntry entry(CaseRecord record, StoredDocument doc) {
    List<Signature> signed = signatures.verify(doc.content()).stream()
        .map(check -> new Signature(check.signer(),
            check.signedAt() == null ? null : check.signedAt().atOffset(ZoneOffset.UTC), check.byDepartment(),
            check.valid()))
        .toList();
    return new DocumentEntry(doc.id(), doc.documentType(), doc.documentNumber(), doc.title(), doc.fileName(),
        doc.mediaType(), doc.sizeBytes(), doc.sha256(), doc.createdAt(), documents.verify(doc), signed,
        "/api/cases/" + record.number() + "/documents/" + doc.id());
  }
}
