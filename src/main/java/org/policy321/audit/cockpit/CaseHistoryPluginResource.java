package org.policy321.audit.cockpit;

import jakarta.ws.rs.Path;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** Serves the plugin's script to Cockpit ({@code /camunda/api/cockpit/plugin/case-history/static/app/plugin.js}). */
@Path("plugin/" + CaseHistoryCockpitPlugin.ID)
public class CaseHistoryPluginResource extends AbstractCockpitPluginRootResource {

  public CaseHistoryPluginResource() {
    super(CaseHistoryCockpitPlugin.ID);
  }
}
