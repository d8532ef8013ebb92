package tr.bel.izmir.bizizmir.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.util.ArrayList;
import java.util.List;

/**
 * Local mode (the default, no Keycloak): demo users from configuration, form login in
 * the UI and HTTP Basic on the API. Passwords use Spring's delegating encoder, so the
 * configuration may hold {@code {bcrypt}} hashes as well as the demo {@code {noop}} ones.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!keycloak")
class LocalSecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService localUsers(LocalUsersProperties properties) {
        var manager = new InMemoryUserDetailsManager();
        for (var user : properties.localUsers()) {
            manager.createUser(User.withUsername(user.username())
                    .password(user.password())
                    .authorities(authorities(user.roles(), user.groups()))
                    .build());
        }
        return manager;
    }

    static List<GrantedAuthority> authorities(List<String> roles, List<String> groups) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(r -> authorities.add(new SimpleGrantedAuthority(AppRoles.ROLE_PREFIX + AppRoles.normalise(r))));
        groups.forEach(g -> authorities.add(new SimpleGrantedAuthority(AppRoles.GROUP_PREFIX + AppRoles.normalise(g))));
        return authorities;
    }
}
