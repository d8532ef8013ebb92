package tr.bel.izmir.bizizmir.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Camunda's container-based single sign-on, minus its user lookup. The stock filter looks
 * the person up in Camunda's own identity tables and fails with a NullPointerException
 * (HTTP 500) when they are not there, which is always the case here: people live in the
 * local configuration or in Keycloak, never in ACT_ID_USER. Spring Security has already
 * authenticated them and {@link CamundaWebappAuthenticationProvider} lets only admins
 * through, so the web-app session is built from that result alone.
 */
public class CamundaWebappSsoFilter extends ContainerBasedAuthenticationFilter {

    @Override
    protected UserAuthentication createAuthentication(ProcessEngine engine, String username, List<String> groups,
                                                      List<String> tenants) {
        var authentication = new UserAuthentication(username, engine.getName());
        authentication.setGroupIds(groups == null ? List.of() : List.copyOf(groups));
        authentication.setTenantIds(tenants == null ? List.of() : List.copyOf(tenants));
        Set<String> apps = new HashSet<>(Set.of(AuthenticationUtil.APPS));
        apps.add("welcome");
        authentication.setAuthorizedApps(apps);
        return authentication;
    }
}
