package tr.bel.izmir.bizizmir.notification.internal;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tr.bel.izmir.bizizmir.notification.NotificationMember;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.security.BizizmirUser;
import tr.bel.izmir.bizizmir.security.LocalUsersProperties;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who is in a candidate group, in every login mode: the configured local users, and everyone
 * seen signed in with that role or group (Keycloak keeps the members; the application learns
 * them at sign-in). A group is expanded when a notice is dispatched, so a person who joined a
 * department after the change was made is told, and one who left is not.
 */
@Component
public class Directory {

    private final LocalUsersProperties localUsers;
    private final NotificationMemberRepository members;
    private final Clock clock;
    private final TransactionTemplate tx;

    public Directory(LocalUsersProperties localUsers, NotificationMemberRepository members, Clock clock,
                     TransactionTemplate tx) {
        this.localUsers = localUsers;
        this.members = members;
        this.clock = clock;
        this.tx = tx;
    }

    @Transactional(readOnly = true)
    public Set<String> membersOf(String group) {
        String wanted = AppRoles.normalise(group);
        Set<String> result = new LinkedHashSet<>();
        for (var u : localUsers.localUsers()) {
            if (u.roles().stream().map(AppRoles::normalise).anyMatch(wanted::equals)
                    || u.groups().stream().map(AppRoles::normalise).anyMatch(wanted::equals)) {
                result.add(u.username());
            }
        }
        result.addAll(members.membersOf(wanted));
        return result;
    }

    /**
     * Remembers the groups of a signed-in person (written only when they changed). The same person
     * opening the portal in two tabs or on two devices at the same moment, the first time, makes
     * two first rows: the slower one's insert fails on the primary key (it failed the page with
     * "unexpected error", found by scripts/bench-sessions.sh); it then finds the other's row.
     */
    public void seen(BizizmirUser user) {
        List<String> groups = new ArrayList<>(user.candidateGroups());
        try {
            tx.executeWithoutResult(status -> remember(user.username(), groups));
        } catch (DataIntegrityViolationException raced) {
            tx.executeWithoutResult(status -> remember(user.username(), groups));
        }
    }

    private void remember(String username, List<String> groups) {
        var existing = members.findById(username);
        if (existing.isEmpty()) {
            members.saveAndFlush(new NotificationMember(username, groups, clock.instant()));
        } else if (!existing.get().getGroupNames().equals(NotificationMember.encode(groups))) {
            existing.get().seen(groups, clock.instant());
        }
    }

    @Transactional
    public void forget(String username) {
        members.deleteById(username);
    }
}
