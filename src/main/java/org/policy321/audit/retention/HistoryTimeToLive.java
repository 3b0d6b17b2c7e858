package org.policy321.audit.retention;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.policy321.audit.CaseFinder;
import org.policy321.platform.cases.CaseCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.stereotype.Component;

/**
 * Gives every version of every process and decision the history time to live of its kind of record
 * ({@link RetentionProperties}), through Camunda's own API, once the application is up (the engine deployed bpmn/ while it started). The diagrams declare the
 * same values (Modeler shows them); configuration wins, so a department sets its retention without editing
 * diagrams. When a time to live changes, the finished instances of that definition get their removal time
 * recalculated from it — except those of a case under legal hold.
 */
@Component
@EnableScheduling
@EnableConfigurationProperties(RetentionProperties.class)
class HistoryTimeToLive {

  private static final Logger LOG = LoggerFactory.getLogger(HistoryTimeToLive.class);

  private final CaseFinder finder;
  private final RepositoryService repositoryService;
  private final HistoryService historyService;
  private final LegalHolds holds;
  private final RetentionProperties retention;

  HistoryTimeToLive(CaseFinder finder, RepositoryService repositoryService, HistoryService historyService,
      LegalHolds holds, RetentionProperties retention) {
    this.finder = finder;
    this.repositoryService = repositoryService;
    this.historyService = historyService;
    this.holds = holds;
    this.retention = retention;
  }

  @EventListener
  void afterDeployment(ApplicationReadyEvent ready) {
    for (CaseCatalog catalog : finder.catalogs()) {
      int days = retention.days(catalog.kind());
      List<String> changed = new ArrayList<>();
      for (String key : catalog.processKeys()) {
        for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).list()) {
          if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
            repositoryService.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
            changed.add(definition.getId());
          }
        }
      }
      for (String key : catalog.decisionKeys()) {
        for (DecisionDefinition definition : repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).list()) {
          if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
            repositoryService.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days);
          }
        }
      }
      if (!changed.isEmpty()) {
        LOG.info("History time to live of {} records set to {} days for {} definition(s)", catalog.kind(), days,
            changed.size());
        recalculate(changed);
      }
    }
  }

  private boolean held(HistoricProcessInstance instance) {
    return instance.getBusinessKey() != null && finder.find(instance.getBusinessKey())
        .map(record -> holds.isHeld(record.number())).orElse(false);
  }

  /** Finished root instances of the definitions, minus those of held cases, get removal times from the new value. */
  private void recalculate(List<String> definitionIds) {
    List<String> ids = new ArrayList<>();
    for (String definitionId : definitionIds) {
      for (HistoricProcessInstance instance : historyService.createHistoricProcessInstanceQuery()
          .processDefinitionId(definitionId).finished().rootProcessInstances().list()) {
        if (!held(instance)) {
          ids.add(instance.getId());
        }
      }
    }
    if (!ids.isEmpty()) {
      historyService.setRemovalTimeToHistoricProcessInstances().calculatedRemovalTime()
          .byIds(ids.toArray(String[]::new)).hierarchical().executeAsync();
    }
  }
}
