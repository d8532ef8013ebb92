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
                     List<String> audiences, List<String> exceptUsers, List<String> exceptAudiences,
                     String caseKind, String caseKey, String link, String textKey, List<String> args) {

    /** Marks an argument that is itself a message key, shown in the reader's language. */
    static final String TRANSLATED = "\u0001";

    /** An argument shown as the message {@code key} in the reader's language (e.g. a department's name). */
    public static String translated(String key) {
        return TRANSLATED + key;
    }

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(textKey, "textKey");
        users = users == null ? List.of() : List.copyOf(users);
        groups = groups == null ? List.of() : List.copyOf(groups);
        followersOf = followersOf == null ? List.of() : List.copyOf(followersOf);
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
        exceptUsers = exceptUsers == null ? List.of() : List.copyOf(exceptUsers);
        exceptAudiences = exceptAudiences == null ? List.of() : List.copyOf(exceptAudiences);
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
        return new Notice(kind, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, textKey, texts);
    }

    public Notice toUser(String username) {
        if (username == null || username.isBlank()) {
            return this;
        }
        List<String> all = new ArrayList<>(users);
        all.add(username);
        return new Notice(kind, all, groups, followersOf, audiences, exceptUsers, exceptAudiences, caseKind, caseKey, link, textKey, args);
    }

    /** Every member of a candidate group (a role or a department group) when the notice is dispatched. */
    public Notice toGroup(String group) {
        if (group == null || group.isBlank()) {
            return this;
        }
        List<String> all = new ArrayList<>(groups);
        all.add(group);
        return new Notice(kind, users, all, followersOf, audiences, exceptUsers, exceptAudiences, caseKind, caseKey, link, textKey, args);
    }

    /** Everyone who follows this case when the notice is dispatched ({@link Follows}). */
    public Notice toFollowersOf(String followedKind, Object followedKey) {
        List<String> all = new ArrayList<>(followersOf);
        all.add(followedKind + ":" + followedKey);
        return new Notice(kind, users, groups, all, audiences, exceptUsers, exceptAudiences, caseKind, caseKey, link, textKey, args);
    }

    /**
     * Everyone in an audience that a feature names and answers for ({@link NoticeAudience}),
     * expanded when the notice is dispatched: e.g. the people who took part in a vote.
     */
    public Notice toAudience(String audience, Object key) {
        List<String> all = new ArrayList<>(audiences);
        all.add(audience + ":" + key);
        return new Notice(kind, users, groups, followersOf, all, exceptUsers, exceptAudiences, caseKind, caseKey, link, textKey, args);
    }

    /** Not this person, even if a group or an audience includes them (e.g. who made the change). */
    public Notice exceptUser(String username) {
        if (username == null || username.isBlank()) {
            return this;
        }
        List<String> all = new ArrayList<>(exceptUsers);
        all.add(username);
        return new Notice(kind, users, groups, followersOf, audiences, all, exceptAudiences, caseKind, caseKey, link, textKey, args);
    }

    /** Not the members of this audience: e.g. the people who already voted are not reminded to vote. */
    public Notice exceptAudience(String audience, Object key) {
        List<String> all = new ArrayList<>(exceptAudiences);
        all.add(audience + ":" + key);
        return new Notice(kind, users, groups, followersOf, audiences, exceptUsers, all, caseKind, caseKey, link, textKey, args);
    }

    public Notice about(String caseKind, Object caseKey, String link) {
        return new Notice(kind, users, groups, followersOf, audiences, exceptUsers, exceptAudiences, caseKind, caseKey == null ? null : caseKey.toString(), link, textKey, args);
    }

    /** A time as a text argument that reads in both languages: {@code 08.12.2026 18:00}, İzmir time. */
    public static String at(java.time.Instant instant) {
        return instant == null ? "" : java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
                .withZone(tr.bel.izmir.bizizmir.shared.IzmirTime.ZONE).format(instant);
    }

    public boolean hasRecipients() {
        return !users.isEmpty() || !groups.isEmpty() || !followersOf.isEmpty() || !audiences.isEmpty();
    }
}
