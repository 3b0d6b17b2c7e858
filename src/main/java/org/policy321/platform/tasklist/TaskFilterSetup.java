package org.policy321.platform.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Saves every feature's Tasklist filters at start-up, as Camunda's own examples do (FilterService, a task query,
 * properties {@code priority} and {@code description}), and lets only the filter's groups read it (everyone: a
 * global authorization). Idempotent: a filter is found by name and updated in place (its id, and so the
 * authorizations on it, stay), an existing authorization is completed, never duplicated; a restart or a second
 * cluster node changes nothing.
 */
@Component
class TaskFilterSetup implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(TaskFilterSetup.class);

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final List<TaskFilterCatalog> catalogs;

  TaskFilterSetup(FilterService filterService, TaskService taskService, AuthorizationService authorizationService,
      List<TaskFilterCatalog> catalogs) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.catalogs = catalogs;
  }

  @Override
  public void afterSingletonsInstantiated() {
    catalogs.stream().flatMap(catalog -> catalog.filters().stream()).forEach(this::save);
  }

  private void save(TaskFilter definition) {
    List<Filter> found = filterService.createFilterQuery().filterName(definition.name()).list();
    Filter filter = found.isEmpty() ? filterService.newTaskFilter(definition.name()) : found.get(0);
    filter.setQuery(definition.query().apply(taskService.createTaskQuery()));
    Map<String, Object> properties = new HashMap<>();
    properties.put("priority", definition.priority());
    properties.put("description", definition.description());
    properties.put("refresh", true);
    filter.setProperties(properties);
    filter = filterService.saveFilter(filter);
    String id = filter.getId();
    if (definition.forEveryone()) {
      readable(id, null);
    } else {
      definition.groups().forEach(group -> readable(id, group));
    }
    LOG.debug("Tasklist filter \"{}\" saved ({})", definition.name(), id);
  }

  /** READ on the filter for the group, or for everyone (a global authorization) when {@code groupId} is null. */
  private void readable(String filterId, String groupId) {
    int type = groupId == null ? AUTH_TYPE_GLOBAL : AUTH_TYPE_GRANT;
    AuthorizationQuery query = authorizationService.createAuthorizationQuery().authorizationType(type)
        .resourceType(Resources.FILTER).resourceId(filterId);
    Authorization authorization = (groupId == null ? query : query.groupIdIn(groupId)).singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(type);
      if (groupId == null) {
        authorization.setUserId(Authorization.ANY);
      } else {
        authorization.setGroupId(groupId);
      }
      authorization.setResource(Resources.FILTER);
      authorization.setResourceId(filterId);
    } else if (authorization.isPermissionGranted(READ)) {
      return;
    }
    authorization.addPermission(READ);
    authorizationService.saveAuthorization(authorization);
  }
}
