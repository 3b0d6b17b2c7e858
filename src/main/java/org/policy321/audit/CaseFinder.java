package org.policy321.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.policy321.platform.cases.CaseCatalog;
import org.policy321.platform.cases.CaseRecord;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.springframework.stereotype.Service;

/**
 * Finds cases across the features' {@link CaseCatalog}s and decides who reads them: auditors every case, everyone
 * else as the case's feature says (the requester their own request, Internal Affairs and the Chief the violation
 * cases). The process instances of a case are its primary instance and every instance under one of its numbers
 * (the business key the processes set, and that client requests cannot choose), minus those the feature
 * withholds.
 */
@Service
public class CaseFinder {

  private final List<CaseCatalog> catalogs;
  private final Roster roster;
  private final HistoryService historyService;
  private final Clock clock;

  CaseFinder(List<CaseCatalog> catalogs, Roster roster, HistoryService historyService, Clock clock) {
    this.catalogs = catalogs;
    this.roster = roster;
    this.historyService = historyService;
    this.clock = clock;
  }

  /** The case, for a caller allowed to read it; refused with a sentence otherwise. */
  public CaseRecord open(String caller, String number) {
    CaseRecord record = find(number).orElseThrow(() -> AuditRefusal.noSuchCase(number.strip()));
    refusal(caller, record).ifPresent(reason -> {
      throw AuditRefusal.notPermitted(reason);
    });
    return record;
  }

  /** The case of a process instance (Cockpit's instance view), for a caller allowed to read it. */
  CaseRecord openByProcessInstance(String caller, String processInstanceId) {
    CaseRecord record = ofProcessInstance(processInstanceId)
        .orElseThrow(() -> AuditRefusal.noSuchCase("for process instance " + processInstanceId));
    return open(caller, record.number());
  }

  /** Records that the caller opened the case (violation cases keep an access log, §V). */
  public void opened(String caller, CaseRecord record, String what) {
    catalogOf(record).ifPresent(catalog -> catalog.opened(caller, record, what));
  }

  /**
   * The cases the caller may read that match the search, newest first. A whole case number is looked up by its key
   * (issue 18: the search people make most costs the same with ten years of cases as with one); a part of a number,
   * a person, a status or a period goes through the cases opened in the period.
   */
  List<CaseRecord> search(String caller, CaseSearch search) {
    OffsetDateTime from = search.from() == null ? null : search.from().atStartOfDay(clock.getZone()).toOffsetDateTime();
    OffsetDateTime to = search.to() == null ? null
        : search.to().plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime().minusNanos(1000);
    Function<String, String> fullName = id -> roster.member(id).fullName();
    Optional<CaseRecord> whole = search.number() == null || search.number().isBlank() ? Optional.empty()
        : find(search.number());
    if (whole.isPresent()) {
      CaseRecord record = whole.get();
      boolean inPeriod = (from == null || !record.openedAt().isBefore(from)) && (to == null || !record.openedAt().isAfter(to));
      return inPeriod && search.matches(record, fullName) && refusal(caller, record).isEmpty()
          ? List.of(record) : List.of();
    }
    boolean auditor = roster.belongsTo(caller, Groups.AUDITOR);
    return catalogs.stream().flatMap(catalog -> catalog.openedBetween(from, to).stream()
            .filter(record -> search.matches(record, fullName))
            .filter(record -> auditor || catalog.refusal(caller, record).isEmpty()))
        .sorted(Comparator.comparing(CaseRecord::openedAt).reversed())
        .toList();
  }

  /** The case's process instances, oldest first; called by the engine's history reader without authorization checks. */
  public List<HistoricProcessInstance> processInstances(CaseRecord record) {
    Map<String, HistoricProcessInstance> instances = new LinkedHashMap<>();
    Stream.concat(
            historyService.createHistoricProcessInstanceQuery().processInstanceId(record.primaryProcessInstanceId())
                .list().stream(),
            historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyIn(record.numbers().toArray(String[]::new)).list().stream())
        .filter(instance -> !record.processKeysWithheld().contains(instance.getProcessDefinitionKey()))
        .forEach(instance -> instances.putIfAbsent(instance.getId(), instance));
    return instances.values().stream()
        .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime).thenComparing(HistoricProcessInstance::getId))
        .toList();
  }

  public Optional<CaseRecord> find(String number) {
    String normalized = number.strip().toUpperCase(Locale.ROOT);
    return catalogs.stream().map(catalog -> catalog.find(normalized)).flatMap(Optional::stream).findFirst();
  }

  private Optional<CaseRecord> ofProcessInstance(String processInstanceId) {
    Optional<CaseRecord> direct = catalogs.stream().map(catalog -> catalog.ofProcessInstance(processInstanceId))
        .flatMap(Optional::stream).findFirst();
    if (direct.isPresent()) {
      return direct;
    }
    HistoricProcessInstance instance =
        historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    return instance == null || instance.getBusinessKey() == null ? Optional.empty()
        : find(instance.getBusinessKey())
            .filter(record -> !record.processKeysWithheld().contains(instance.getProcessDefinitionKey()));
  }

  private Optional<String> refusal(String caller, CaseRecord record) {
    if (roster.belongsTo(caller, Groups.AUDITOR)) {
      return Optional.empty();
    }
    return catalogOf(record).flatMap(catalog -> catalog.refusal(caller, record));
  }

  /** What the case's feature checks of its own records (CaseCatalog#integrity). */
  List<String> integrity(CaseRecord record) {
    return catalogOf(record).map(catalog -> catalog.integrity(record)).orElse(List.of());
  }

  /** Every catalog: one per kind of case. */
  public List<CaseCatalog> catalogs() {
    return catalogs;
  }

  private Optional<CaseCatalog> catalogOf(CaseRecord record) {
    return catalogs.stream().filter(catalog -> catalog.kind() == record.kind()).findFirst();
  }
}
