package tr.bel.izmir.bizizmir.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a feature asks to be told: to whom (users by name, candidate groups and the followers
 * of a case, both expanded when the notice is dispatched), about which case (kind, key and the path of
 * its page), and the text as a message key with arguments, so each reader and each mail gets
 * it in their own language. Build with {@link #of} and the {@code to…}/{@code about} methods.
 *
 * @param textKey message key; the bundles hold it in Turkish and English, with {@code {0}}…
 *                for the arguments
 * @param link    path of the case's page inside the portal, e.g. {@code proposals/42} (no host)
 */
public record Notice(NotificationKind kind, List<String> users, List<String> groups, List<String> followersOf,
                     String caseKind, String caseKey, String link, String textKey, List<String> args) {

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(textKey, "textKey");
        users = users == null ? List.of() : List.copyOf(users);
        groups = groups == null ? List.of() : List.copyOf(groups);
        followersOf = followersOf == null ? List.of() : List.copyOf(followersOf);
        args = args == null ? List.of() : args.stream().map(a -> a == null ? "" : a).toList();
        if (link != null && (link.startsWith("/") || link.contains("://"))) {
            throw new IllegalArgumentException("link is a path inside the portal without a leading slash: " + link);
        }
    }

    /** A notice of this kind whose text is {@code textKey} with {@code args} (any value, shown with toString). */
    public static Notice of(NotificationKind kind, String textKey, Object... args) {
        List<String> texts = new ArrayList<>();
        for (Object a : args) {
            texts.add(a == null ? "" : a.toString());
        }
        return new Notice(kind, List.of(), List.of(), List.of(), null, null, null, textKey, texts);
    }

    public Notice toUser(String username) {
        if (username == null || username.isBlank()) {
            return this;
        }
        List<String> all = new ArrayList<>(users);
        all.add(username);
        return new Notice(kind, all, groups, followersOf, caseKind, caseKey, link, textKey, args);
    }

    /** Every member of a candidate group (a role or a department group) when the notice is dispatched. */
    public Notice toGroup(String group) {
        if (group == null || group.isBlank()) {
            return this;
        }
        List<String> all = new ArrayList<>(groups);
        all.add(group);
        return new Notice(kind, users, all, followersOf, caseKind, caseKey, link, textKey, args);
    }

    /** Everyone who follows this case when the notice is dispatched ({@link Follows}). */
    public Notice toFollowersOf(String followedKind, Object followedKey) {
        List<String> all = new ArrayList<>(followersOf);
        all.add(followedKind + ":" + followedKey);
        return new Notice(kind, users, groups, all, caseKind, caseKey, link, textKey, args);
    }

    public Notice about(String caseKind, Object caseKey, String link) {
        return new Notice(kind, users, groups, followersOf, caseKind, caseKey == null ? null : caseKey.toString(), link, textKey, args);
    }

    /** A time as a text argument that reads in both languages: {@code 08.12.2026 18:00}, İzmir time. */
    public static String at(java.time.Instant instant) {
        return instant == null ? "" : java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
                .withZone(tr.bel.izmir.bizizmir.shared.IzmirTime.ZONE).format(instant);
    }

    public boolean hasRecipients() {
        return !users.isEmpty() || !groups.isEmpty() || !followersOf.isEmpty();
    }
}
