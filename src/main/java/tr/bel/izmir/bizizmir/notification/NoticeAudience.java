package tr.bel.izmir.bizizmir.notification;

import java.util.Collection;
import java.util.Set;

/**
 * A group of people that only its feature knows, named in a {@link Notice} with
 * {@link Notice#toAudience} or {@link Notice#exceptAudience} and expanded when the notice is
 * dispatched, so a notice for a vote with 100,000 participants carries a name, not the names.
 * A feature offers its audiences by declaring a Spring bean of this type.
 */
public interface NoticeAudience {

    /** The audience names this bean answers for, e.g. {@code vote-participants}. */
    Set<String> names();

    /** The usernames in the audience {@code name} for {@code key} (read in a transaction of the dispatcher). */
    Collection<String> members(String name, String key);
}
