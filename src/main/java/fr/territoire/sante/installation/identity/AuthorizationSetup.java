package fr.territoire.sante.installation.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/** Grants a group permissions on a resource, once: running it again at every start changes nothing. */
@Component
class AuthorizationSetup {

    private final AuthorizationService authorizationService;

    AuthorizationSetup(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .list().stream()
                .filter(existing -> existing.getAuthorizationType() == AUTH_TYPE_GRANT)
                .findFirst()
                .orElseGet(() -> newGrant(groupId, resource, resourceId));
        boolean missing = Arrays.stream(permissions).anyMatch(p -> !authorization.isPermissionGranted(p));
        if (missing) {
            Arrays.stream(permissions).forEach(authorization::addPermission);
            authorizationService.saveAuthorization(authorization);
        }
    }

    void grantOnAll(String groupId, Resource resource, Permission... permissions) {
        grant(groupId, resource, ANY, permissions);
    }

    /** Adds a permission to every grant on a task that has the other one (each grant saved once, then never again). */
    void addToTaskGrants(Permission having, Permission added) {
        authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).hasPermission(having).list().stream()
                .filter(grant -> grant.getAuthorizationType() == AUTH_TYPE_GRANT && !grant.isPermissionGranted(added))
                .forEach(grant -> {
                    grant.addPermission(added);
                    authorizationService.saveAuthorization(grant);
                });
    }

    private Authorization newGrant(String groupId, Resource resource, String resourceId) {
        Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        return authorization;
    }
}
