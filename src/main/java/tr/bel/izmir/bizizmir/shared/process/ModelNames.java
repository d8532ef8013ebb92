package tr.bel.izmir.bizizmir.shared.process;

import org.springframework.stereotype.Component;
import tr.bel.izmir.bizizmir.shared.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names of processes and their elements (user tasks above all) in the reader's language. The
 * models are written in Turkish (process names as "Türkçe / English"); the bundles hold
 * {@code element-name.<process key or element id>} in both languages. Without a key the model's
 * own name is shown, and of a bilingual "Türkçe / English" name only the reader's half.
 */
@Component
public class ModelNames {

    static final String PREFIX = "element-name.";

    private final Messages messages;

    public ModelNames(Messages messages) {
        this.messages = messages;
    }

    /** A process definition's name, by its key. */
    public String process(String processKey, String modelName, Locale locale) {
        return element(processKey, modelName, locale);
    }

    /** A task's or another element's name, by its id in the model. */
    public String element(String elementId, String modelName, Locale locale) {
        if (elementId != null && messages.has(PREFIX + elementId)) {
            return messages.get(PREFIX + elementId, locale);
        }
        return half(modelName, locale);
    }

    /**
     * A step of a process, by process key and element id: {@code element-name.<process>.<id>}
     * first (ids repeat across processes with other names), then as {@link #element}.
     */
    public String step(String processKey, String elementId, String modelName, Locale locale) {
        if (processKey != null && elementId != null && messages.has(PREFIX + processKey + "." + elementId)) {
            return messages.get(PREFIX + processKey + "." + elementId, locale);
        }
        return element(elementId, modelName, locale);
    }

    /** Every name an element is shown under, in all languages, for search. */
    public List<String> allNames(String elementId, String modelName) {
        List<String> names = new ArrayList<>();
        if (modelName != null) {
            names.add(modelName);
        }
        if (elementId != null && messages.has(PREFIX + elementId)) {
            Messages.LOCALES.forEach(l -> names.add(messages.get(PREFIX + elementId, l)));
        }
        return names;
    }

    /** "Öneri Başvurusu / Proposal submission": Turkish readers get the first half, English the second. */
    static String half(String name, Locale locale) {
        if (name == null) {
            return null;
        }
        String[] parts = name.split(" / ");
        if (parts.length != 2) {
            return name;
        }
        return "en".equals(Messages.supported(locale).getLanguage()) ? parts[1].strip() : parts[0].strip();
    }
}
