package org.policy321.platform.identity;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * One standing authorization of a group: "group may do permissions on resource (id or *)".
 * Features declare theirs as {@link AccessPolicy} beans; {@link AuthorizationSetup} applies them.
 */
public record AccessGrant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {

  public static AccessGrant grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    return new AccessGrant(groupId, resource, resourceId, List.of(permissions));
  }
}
