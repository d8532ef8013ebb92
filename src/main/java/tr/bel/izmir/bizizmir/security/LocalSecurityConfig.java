package tr.bel.izmir.bizizmir.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
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

    /**
     * The users' passwords are checked as configured and never rewritten. Spring's default
     * provider "upgrades" a {@code {noop}} password to BCrypt at the first successful login;
     * with the API's stateless HTTP Basic every later request then paid a BCrypt hash
     * (60-100 ms of CPU) for the demo users. Declaring the provider also keeps Spring from
     * building its own.
     */
    @Bean
    AuthenticationProvider localAuthentication(UserDetailsService localUsers, PasswordEncoder passwordEncoder) {
        var provider = new DaoAuthenticationProvider(localUsers);
        provider.setPasswordEncoder(passwordEncoder);
        return provider;
    }

    static List<GrantedAuthority> authorities(List<String> roles, List<String> groups) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(r -> authorities.add(new SimpleGrantedAuthority(AppRoles.ROLE_PREFIX + AppRoles.normalise(r))));
        groups.forEach(g -> authorities.add(new SimpleGrantedAuthority(AppRoles.GROUP_PREFIX + AppRoles.normalise(g))));
        return authorities;
    }
}
