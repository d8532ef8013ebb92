package tr.bel.izmir.bizizmir.tasks.forms;

import com.vaadin.flow.component.Component;
import org.springframework.context.support.ResourceBundleMessageSource;
import tr.bel.izmir.bizizmir.shared.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Real bundles and sample forms for plain unit tests: no Spring context, no Vaadin session. */
final class FormsFixtures {

    /** 2026-03-02 10:00 in İzmir: a fixed "today" for date rules. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T07:00:00Z"), ZoneId.of("Europe/Istanbul"));

    static final Messages MESSAGES = messages();

    private FormsFixtures() {
    }

    private static Messages messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new Messages(source);
    }

    static FormRenderer renderer(Locale locale) {
        Locale supported = Messages.supported(locale);
        return new FormRenderer((key, args) -> MESSAGES.get(key, supported, args), supported, CLOCK);
    }

    static FormRenderer turkish() {
        return renderer(Messages.TURKISH);
    }

    static FormRenderer english() {
        return renderer(Messages.ENGLISH);
    }

    static FormDefinition sample(String name) {
        try (InputStream in = FormsFixtures.class.getResourceAsStream("/forms-samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return new FormDefinitionParser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FormDefinition parse(String json) {
        return new FormDefinitionParser().parse(json);
    }

    /** A one-field form, written the way Modeler writes it. */
    static FormDefinition single(String componentJson) {
        return parse("{\"schemaVersion\":16,\"type\":\"default\",\"id\":\"Form_T\",\"components\":[" + componentJson + "]}");
    }

    /** Every component below (and including) the root, depth first. */
    static List<Component> tree(Component root) {
        List<Component> all = new ArrayList<>();
        walk(root, all);
        return all;
    }

    static <T extends Component> List<T> all(Component root, Class<T> type) {
        return tree(root).stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static void walk(Component c, List<Component> into) {
        into.add(c);
        Stream<Component> children = c.getChildren();
        children.forEach(child -> walk(child, into));
    }
}
