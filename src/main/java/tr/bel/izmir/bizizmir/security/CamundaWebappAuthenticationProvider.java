package tr.bel.izmir.bizizmir.security;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;

/** Hands the Spring Security login to Camunda's web apps (single sign-on for admins). */
public class CamundaWebappAuthenticationProvider extends ContainerBasedAuthenticationProvider {

    /** Camunda's built-in group whose members may use every web app. */
    static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return AuthenticationResult.unsuccessful();
        }
        List<String> groups = new ArrayList<>();
        for (GrantedAuthority a : auth.getAuthorities()) {
            String name = a.getAuthority();
            if (name.equals(AppRoles.ROLE_PREFIX + AppRoles.ADMIN)) {
                groups.add(CAMUNDA_ADMIN_GROUP);
            }
            if (name.startsWith(AppRoles.ROLE_PREFIX)) {
                groups.add(name.substring(AppRoles.ROLE_PREFIX.length()));
            } else if (name.startsWith(AppRoles.GROUP_PREFIX)) {
                groups.add(name.substring(AppRoles.GROUP_PREFIX.length()));
            }
        }
        if (!groups.contains(CAMUNDA_ADMIN_GROUP)) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = AuthenticationResult.successful(auth.getName());
        result.setGroups(groups);
        return result;
    }
}
