package tr.bel.izmir.bizizmir.cases;

import org.springframework.stereotype.Component;
import tr.bel.izmir.bizizmir.security.BizizmirUser;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.tasks.CaseActivity;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * The parts every case kind shares, for the case kinds' services in this package: the trail
 * (open tasks, history, notes) of a case, its notes, and the "holds or may claim one of its
 * open tasks" part of every access rule. Callers decide access before calling (DD016, DD019).
 */
@Component
class CaseTrails {

    private final CaseActivity activity;
    private final CaseNotes notes;
    private final CurrentUser currentUser;

    CaseTrails(CaseActivity activity, CaseNotes notes, CurrentUser currentUser) {
        this.activity = activity;
        this.notes = notes;
        this.currentUser = currentUser;
    }

    BizizmirUser user() {
        return currentUser.require();
    }

    /** Whether the signed-in person has one of these roles. */
    boolean hasAnyRole(Set<String> roles) {
        var user = user();
        return roles.stream().anyMatch(user::hasRole);
    }

    /** Whether the signed-in person holds, or may claim, an open task of the case. */
    boolean worksOn(long key, Collection<String> processes) {
        return activity.mayWorkOn(Long.toString(key), processes);
    }

    CaseTrail trail(String kind, long key, Collection<String> processes, Locale locale) {
        String businessKey = Long.toString(key);
        return new CaseTrail(activity.openTasks(businessKey, processes), activity.history(businessKey, processes, locale),
                notes.of(kind, businessKey));
    }

    CaseNote addNote(String kind, long key, String text) {
        return notes.add(kind, Long.toString(key), user().username(), text);
    }
}
