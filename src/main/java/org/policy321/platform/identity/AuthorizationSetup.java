package org.policy321.platform.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the groups and the standing authorizations of every {@link AccessPolicy} at start-up, and
 * takes out what a policy has withdrawn. Idempotent: an existing authorization is completed with
 * missing permissions, never duplicated, and a withdrawn permission is removed only where present,
 * so restarting (or a second cluster node) changes nothing.
 */
class AuthorizationSetup {

  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationSetup.class);
  private static final List<String> ALL_GROUPS = List.of(
      Groups.EMPLOYEE, Groups.SUPERVISOR, Groups.CHIEF, Groups.DESIGNEE, Groups.INTERNAL_AFFAIRS,
      Groups.HR, Groups.SOCIAL_MEDIA, Groups.AUDITOR, Groups.ADMIN);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  AuthorizationSetup(IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  void createGroups(List<AccessPolicy> policies) {
    List<String> groups = new java.util.ArrayList<>(ALL_GROUPS);
    policies.forEach(policy -> groups.addAll(policy.groups()));
    for (String groupId : groups) {
      if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
        var group = identityService.newGroup(groupId);
        group.setName(groupId);
        group.setType("WORKFLOW");
        identityService.saveGroup(group);
      }
    }
  }

  void apply(List<AccessPolicy> policies) {
    int created = 0;
    int withdrawn = 0;
    for (AccessPolicy policy : policies) {
      for (AccessGrant grant : policy.grants()) {
        created += apply(grant) ? 1 : 0;
      }
      for (AccessGrant grant : policy.withdrawn()) {
        withdrawn += withdraw(grant) ? 1 : 0;
      }
    }
    LOG.info("Authorizations checked; {} created or extended, {} reduced", created, withdrawn);
  }

  private boolean withdraw(AccessGrant grant) {
    Authorization existing = existing(grant);
    if (existing == null) {
      return false;
    }
    boolean changed = false;
    for (Permission permission : grant.permissions()) {
      if (existing.isPermissionGranted(permission)) {
        existing.removePermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(existing);
    }
    return changed;
  }

  private Authorization existing(AccessGrant grant) {
    return authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(grant.groupId())
        .resourceType(grant.resource())
        .resourceId(grant.resourceId())
        .singleResult();
  }

  private boolean apply(AccessGrant grant) {
    Authorization existing = existing(grant);
    Authorization authorization = existing != null ? existing : newGrant(grant);
    boolean changed = existing == null;
    for (Permission permission : grant.permissions()) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
    return changed;
  }

  private Authorization newGrant(AccessGrant grant) {
    Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(grant.groupId());
    authorization.setResource(grant.resource());
    authorization.setResourceId(grant.resourceId());
    return authorization;
  }
}
