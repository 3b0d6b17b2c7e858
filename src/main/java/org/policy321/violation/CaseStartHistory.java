package org.policy321.violation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.springframework.stereotype.Component;

/**
 * A violation case's history does not say who started it (§V.C). A named report is started by the
 * reporter from Tasklist, and the engine records the signed-in user as the case's start user the moment
 * the instance is created — before Register report can sign them out for the rest of the start (see
 * RegisterReportDelegate), and readable by everyone who reads the case's history, auditors included.
 * Here the engine's history producer (Camunda's extension point for what history records) leaves the
 * start user out for {@code violation-report}, as for anonymous and referred reports, which start with
 * nobody signed in anyway. The reporter is kept only in the case record (table {@code violation_report}),
 * which Internal Affairs and the Chief read through {@code /api}. Everything else of the case (triage,
 * investigation, decisions) is recorded as usual.
 */
@Component
class CaseStartHistory extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventProducer(new WithoutCaseStarter());
  }

  static final class WithoutCaseStarter extends CacheAwareHistoryEventProducer {

    @Override
    public HistoryEvent createProcessInstanceStartEvt(DelegateExecution execution) {
      HistoryEvent event = super.createProcessInstanceStartEvt(execution);
      if (isCase(event)) {
        ((HistoricProcessInstanceEventEntity) event).setStartUserId(null);
      }
      return event;
    }

    private static boolean isCase(HistoryEvent event) {
      return ViolationReporting.PROCESS_KEY.equals(event.getProcessDefinitionKey());
    }
  }
}
