package tr.bel.izmir.bizizmir.notification;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.notification.internal.FollowRepository;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;

import java.time.Clock;
import java.util.Set;

/**
 * Following a case: anyone signed in follows or stops following a proposal, project, advisory
 * item or park event (the follow button); features make authors and supporters follow what
 * they proposed or supported. A notice addressed to a case's followers
 * ({@link Notice#toFollowersOf}) reaches them all.
 */
@Service
public class Follows {

    /** The kinds of case that can be followed, as {@link Notice#caseKind()} names them. */
    public static final Set<String> KINDS = Set.of("proposal", "project", "advisory-item", "park-event");

    private final FollowRepository follows;
    private final CurrentUser currentUser;
    private final Clock clock;

    public Follows(FollowRepository follows, CurrentUser currentUser, Clock clock) {
        this.follows = follows;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isFollowing(String caseKind, Object caseKey) {
        return follows.existsById(new Follow.Key(me(), caseKind, caseKey.toString()));
    }

    /** @return whether the signed-in person follows the case now */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean toggle(String caseKind, Object caseKey) {
        check(caseKind);
        var key = new Follow.Key(me(), caseKind, caseKey.toString());
        if (follows.existsById(key)) {
            follows.deleteById(key);
            return false;
        }
        follows.save(new Follow(me(), caseKind, caseKey.toString(), clock.instant()));
        return true;
    }

    /** The signed-in person follows a case they took part in (their proposal, their support); idempotent. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void follow(String caseKind, Object caseKey) {
        check(caseKind);
        String username = me();
        if (!follows.existsById(new Follow.Key(username, caseKind, caseKey.toString()))) {
            follows.save(new Follow(username, caseKind, caseKey.toString(), clock.instant()));
        }
    }

    private static void check(String caseKind) {
        if (!KINDS.contains(caseKind)) {
            throw new DomainException("notification.follow.unknown-kind");
        }
    }

    private String me() {
        return currentUser.require().username();
    }
}
