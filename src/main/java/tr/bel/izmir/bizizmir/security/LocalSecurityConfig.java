package tr.bel.izmir.bizizmir.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.provisioning.UserDetailsManager;

import java.time.Clock;
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
        var manager = new LocalUsers();
        for (var user : properties.localUsers()) {
            manager.createUser(User.withUsername(user.username())
                    .password(user.password())
                    .authorities(authorities(user.roles(), user.groups()))
                    .build());
        }
        return manager;
    }

    @Bean
    LoginThrottle loginThrottle(LoginThrottleProperties limits, Clock clock) {
        return new LoginThrottle(limits, clock);
    }

    /**
     * The one password check of both sign-in paths (form and HTTP Basic), throttled and
     * audited. As the only {@code AuthenticationProvider} bean it replaces the provider Spring
     * would otherwise build from the user details service and password encoder.
     */
    @Bean
    AuthenticationProvider passwordAuthentication(UserDetailsService localUsers, PasswordEncoder passwordEncoder,
                                                  LoginThrottle throttle, RecordRoles recordRoles) {
        // The configured roles, with the ones our tables decide (assembly membership) from the tables.
        UserDetailsService withRecordRoles = username -> {
            UserDetails user = localUsers.loadUserByUsername(username);
            return User.withUserDetails(user).authorities(recordRoles.apply(user.getUsername(), user.getAuthorities())).build();
        };
        var passwords = new DaoAuthenticationProvider(withRecordRoles);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    static List<GrantedAuthority> authorities(List<String> roles, List<String> groups) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(r -> authorities.add(new SimpleGrantedAuthority(AppRoles.ROLE_PREFIX + AppRoles.normalise(r))));
        groups.forEach(g -> authorities.add(new SimpleGrantedAuthority(AppRoles.GROUP_PREFIX + AppRoles.normalise(g))));
        return authorities;
    }

    /**
     * The configured users, checked as configured. Deliberately not a
     * {@code UserDetailsPasswordService} (as {@link InMemoryUserDetailsManager} is): Spring would
     * then "upgrade" a {@code {noop}} password to BCrypt at the first successful login, and with
     * the API's stateless HTTP Basic every later request of that user paid a BCrypt hash
     * (60-100 ms of CPU).
     */
    static final class LocalUsers implements UserDetailsManager {

        private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();

        @Override
        public UserDetails loadUserByUsername(String username) {
            return users.loadUserByUsername(username);
        }

        @Override
        public void createUser(UserDetails user) {
            users.createUser(user);
        }

        @Override
        public void updateUser(UserDetails user) {
            users.updateUser(user);
        }

        @Override
        public void deleteUser(String username) {
            users.deleteUser(username);
        }

        @Override
        public void changePassword(String oldPassword, String newPassword) {
            users.changePassword(oldPassword, newPassword);
        }

        @Override
        public boolean userExists(String username) {
            return users.userExists(username);
        }
    }
}
