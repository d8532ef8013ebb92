package tr.bel.izmir.bizizmir.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tr.bel.izmir.bizizmir.security.internal.PersonName;
import tr.bel.izmir.bizizmir.security.internal.PersonNameRepository;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * People's names for lists that would otherwise show user names (assembly members on public
 * pages, attendance lists). A local user's name comes from the configuration; anyone else's is
 * the name they last signed in with (Keycloak's {@code name} claim), remembered at each sign-in.
 * Someone who never signed in is shown by user name. Erasure (KVKK) forgets the name.
 */
@Service
public class PeopleNames {

    public static final int MAX_NAME = 200;

    private final LocalUsersProperties localUsers;
    private final PersonNameRepository names;
    private final Clock clock;
    /** What is already stored, so a bearer-token request does not write the same name again. */
    private final Map<String, String> remembered = new ConcurrentHashMap<>();

    private final TransactionTemplate tx;

    public PeopleNames(LocalUsersProperties localUsers, PersonNameRepository names, Clock clock, TransactionTemplate tx) {
        this.localUsers = localUsers;
        this.names = names;
        this.clock = clock;
        this.tx = tx;
    }

    /** The person's name, or the user name when no name is known. */
    @Transactional(readOnly = true)
    public String nameOf(String username) {
        return namesOf(java.util.List.of(username)).get(username);
    }

    /** Names for several user names at once (one query); unknown ones map to themselves. */
    @Transactional(readOnly = true)
    public Map<String, String> namesOf(Collection<String> usernames) {
        Map<String, String> result = new HashMap<>();
        names.findAllById(usernames).forEach(n -> result.put(n.getUsername(), n.getDisplayName()));
        for (var local : localUsers.localUsers()) {
            if (local.name() != null && usernames.contains(local.username())) {
                result.put(local.username(), local.name());
            }
        }
        usernames.forEach(u -> result.putIfAbsent(u, u));
        return result;
    }

    @EventListener
    public void signedIn(AuthenticationSuccessEvent event) {
        var user = new CurrentUser(localUsers).from(event.getAuthentication());
        remember(user.username(), user.displayName());
    }

    /**
     * Stores the name a person signed in with, if it is a name and not already stored. The same
     * person signing in on two devices (or two nodes) at the same moment, the first time, makes
     * two first rows: the slower insert fails on the primary key (the sign-in answered 500, found
     * by scripts/bench-sessions.sh); it then finds the other's row.
     */
    public void remember(String username, String displayName) {
        if (username == null || displayName == null || displayName.isBlank() || displayName.equals(username)) {
            return;
        }
        String name = displayName.strip().length() > MAX_NAME ? displayName.strip().substring(0, MAX_NAME) : displayName.strip();
        if (name.equals(remembered.get(username))) {
            return;
        }
        try {
            tx.executeWithoutResult(status -> store(username, name));
        } catch (DataIntegrityViolationException raced) {
            tx.executeWithoutResult(status -> store(username, name));
        }
        remembered.put(username, name);
    }

    private void store(String username, String name) {
        names.findById(username).ifPresentOrElse(n -> n.rename(name, clock.instant()),
                () -> names.saveAndFlush(new PersonName(username, name, clock.instant())));
    }

    /** KVKK erasure: the name is no longer kept. */
    @Transactional
    public void forget(String username) {
        names.deleteById(username);
        remembered.remove(username);
    }
}
