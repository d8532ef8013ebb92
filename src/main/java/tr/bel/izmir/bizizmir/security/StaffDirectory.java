package tr.bel.izmir.bizizmir.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.text.Collator;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The staff the platform knows, with the roles and groups that make them Camunda candidates
 * (DD020): the demo users of {@code application-local.yaml} in local mode, and in Keycloak mode
 * everyone who signed in through Keycloak with a staff role, as of their last sign-in
 * ({@code known_staff}). Keycloak's own user list is not read (no admin credentials in the
 * application), so a colleague who never signed in cannot be picked yet. Camunda's identity
 * tables stay unused (see {@link CamundaReadOnlyIdentity}).
 */
@Service
public class StaffDirectory {

    private static final Logger log = LoggerFactory.getLogger(StaffDirectory.class);
    private static final Locale TURKISH = Locale.forLanguageTag("tr");

    /** A member of staff: their candidate groups are their roles and department groups together. */
    public record Person(String username, String displayName, Set<String> roles, Set<String> groups) {
        public Person {
            roles = Set.copyOf(roles);
            groups = Set.copyOf(groups);
        }

        public Set<String> candidateGroups() {
            Set<String> all = new TreeSet<>(roles);
            all.addAll(groups);
            return all;
        }

        public boolean isSupervisor() {
            return roles.contains(AppRoles.SUPERVISOR);
        }

        /** Whether one of the person's candidate groups is among {@code groups}. */
        public boolean inAnyOf(Collection<String> groups) {
            return groups.stream().anyMatch(candidateGroups()::contains);
        }
    }

    private final LocalUsersProperties localUsers;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public StaffDirectory(LocalUsersProperties localUsers, CurrentUser currentUser, JdbcTemplate jdbc, Clock clock) {
        this.localUsers = localUsers;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every known member of staff, by name in Turkish order. */
    public List<Person> all() {
        Map<String, Person> byName = new LinkedHashMap<>();
        jdbc.query("select username, display_name, roles, department_groups from known_staff", rs -> {
            byName.put(rs.getString(1), new Person(rs.getString(1), rs.getString(2), split(rs.getString(3)), split(rs.getString(4))));
        });
        // The configured users are authoritative for their names.
        for (var u : localUsers.localUsers()) {
            var person = new Person(u.username(), u.name() == null ? u.username() : u.name(),
                    u.roles().stream().map(AppRoles::normalise).collect(Collectors.toSet()),
                    u.groups().stream().map(AppRoles::normalise).collect(Collectors.toSet()));
            if (isStaff(person.roles())) {
                byName.put(u.username(), person);
            } else {
                byName.remove(u.username());
            }
        }
        Collator collator = Collator.getInstance(TURKISH);
        return byName.values().stream()
                .sorted(Comparator.comparing(Person::displayName, collator).thenComparing(Person::username))
                .toList();
    }

    public Optional<Person> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return all().stream().filter(p -> p.username().equals(username)).findFirst();
    }

    /** The staff in at least one of the groups, by name. */
    public List<Person> inAnyOf(Collection<String> groups) {
        return all().stream().filter(p -> p.inAnyOf(groups)).toList();
    }

    /** Remembers a member of staff who signed in through Keycloak, with their roles and groups now. */
    public void remember(BizizmirUser user) {
        if (!isStaff(user.roles())) {
            jdbc.update("delete from known_staff where username = ?", user.username());
            return;
        }
        String roles = String.join(",", new TreeSet<>(user.roles()));
        String groups = String.join(",", new TreeSet<>(user.groups()));
        String name = cut(user.displayName() == null ? user.username() : user.displayName(), 200);
        var now = Timestamp.from(clock.instant());
        int updated = jdbc.update("update known_staff set display_name = ?, roles = ?, department_groups = ?, last_seen_at = ? where username = ?",
                name, cut(roles, 2000), cut(groups, 2000), now, user.username());
        if (updated == 0) {
            try {
                jdbc.update("insert into known_staff (username, display_name, roles, department_groups, last_seen_at) values (?, ?, ?, ?, ?)",
                        user.username(), name, cut(roles, 2000), cut(groups, 2000), now);
            } catch (DuplicateKeyException race) {
                // A parallel sign-in of the same person wrote the same row.
            }
        }
    }

    /** KVKK: what the directory keeps about a person who signed in through Keycloak (nothing in local mode). */
    public Map<String, Object> personalData(String username) {
        var rows = jdbc.queryForList("select display_name, roles, department_groups, last_seen_at from known_staff where username = ?",
                username);
        Map<String, Object> data = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            var row = rows.get(0);
            data.put("staffDirectory", Map.of("name", row.get("display_name"), "roles", row.get("roles"),
                    "groups", row.get("department_groups"), "lastSignIn", String.valueOf(row.get("last_seen_at"))));
        }
        return data;
    }

    /** KVKK erasure: the directory forgets the person (a later sign-in adds them again). */
    public void erase(String username) {
        jdbc.update("delete from known_staff where username = ?", username);
    }

    /** Browser sign-ins through Keycloak; local users are in the configuration, bearer tokens are not sign-ins. */
    @EventListener
    void onSignIn(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof OidcUser)) {
            return;
        }
        try {
            remember(currentUser.from(event.getAuthentication()));
        } catch (RuntimeException e) {
            // The directory must never stop a sign-in.
            log.warn("Could not remember {} in the staff directory: {}", event.getAuthentication().getName(), e.toString());
        }
    }

    static boolean isStaff(Collection<String> roles) {
        return roles.stream().anyMatch(AppRoles.STAFF::contains);
    }

    private static Set<String> split(String text) {
        return text == null || text.isBlank() ? Set.of()
                : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
