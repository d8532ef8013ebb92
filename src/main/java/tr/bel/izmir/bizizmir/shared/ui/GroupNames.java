package tr.bel.izmir.bizizmir.shared.ui;

import com.vaadin.flow.component.Component;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Candidate groups as people read them: "Park ve Bahçeler Dairesi", not {@code dept-parks};
 * "Municipal officers", not {@code officer}. A group without a name in the bundles shows its id.
 */
public final class GroupNames {

    private GroupNames() {
    }

    public static String of(Component view, String group) {
        String key = group.startsWith("dept-") ? "department." + group : "case.group." + group;
        String name = view.getTranslation(key);
        return name.startsWith("!") ? group : name;
    }

    /** Several groups, named and joined with commas in the order given. */
    public static String list(Component view, Collection<String> groups) {
        return groups.stream().map(g -> of(view, g)).collect(Collectors.joining(", "));
    }
}
