package org.policy321.audit.cockpit;

import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * Brings the case history into Cockpit, where auditors look (Cockpit's Community edition shows no finished
 * instance): a search by case number on the dashboard, and a "Case history" tab on a process instance, both
 * opening the case history page ({@code /cases/index.html}). Registered with Cockpit through
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}; its script is
 * {@code plugin-webapp/case-history/app/plugin.js}, the frontend plugin format of Camunda 7.14 and later.
 */
public class CaseHistoryCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "case-history";

  @Override
  public String getId() {
    return ID;
  }
}
