package tr.bel.izmir.bizizmir.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/** Demo users of the local login mode ({@code bizizmir.security.local-users}). */
@ConfigurationProperties("bizizmir.security")
public record LocalUsersProperties(List<LocalUser> localUsers) {

    public LocalUsersProperties {
        localUsers = localUsers == null ? List.of() : List.copyOf(localUsers);
    }

    public record LocalUser(String username, String password, String name, List<String> roles,
                            List<String> groups, String neighbourhood) {
        public LocalUser {
            roles = roles == null ? List.of() : List.copyOf(roles);
            groups = groups == null ? List.of() : List.copyOf(groups);
        }
    }
}
