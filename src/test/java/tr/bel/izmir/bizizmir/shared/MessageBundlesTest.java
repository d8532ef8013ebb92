package tr.bel.izmir.bizizmir.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Turkish first, English second: both bundles complete, and every key the code uses exists. */
class MessageBundlesTest {

    /** Literals that look like keys but are something else (JPA property paths). */
    static final Set<String> NOT_KEYS = Set.of("district.name");

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void turkish_and_english_bundles_have_the_same_keys() throws IOException {
        Set<String> tr = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        assertThat(en).as("keys missing in English").containsAll(tr);
        assertThat(tr).as("keys missing in Turkish").containsAll(en);
    }

    @Test
    void no_key_is_defined_twice_so_no_text_silently_overrides_another() throws IOException {
        for (String bundle : new String[]{"messages.properties", "messages_en.properties"}) {
            var seen = new java.util.HashSet<String>();
            var twice = new TreeSet<String>();
            try (var reader = new java.io.BufferedReader(new InputStreamReader(
                    MessageBundlesTest.class.getResourceAsStream("/i18n/" + bundle), StandardCharsets.UTF_8))) {
                reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#") && l.contains("="))
                        .map(l -> l.substring(0, l.indexOf('=')).strip())
                        .forEach(key -> {
                            if (!seen.add(key)) {
                                twice.add(key);
                            }
                        });
            }
            assertThat(twice).as(bundle).isEmpty();
        }
    }

    @Test
    void apostrophes_are_escaped_only_where_arguments_are_formatted() throws IOException {
        for (String bundle : new String[]{"messages.properties", "messages_en.properties"}) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                boolean formatted = value.matches("(?s).*\\{\\d+}.*");
                String withoutDoubled = value.replace("''", "");
                if (formatted) {
                    assertThat(withoutDoubled).as("%s in %s: a single ' would vanish in MessageFormat", key, bundle)
                            .doesNotContain("'");
                } else {
                    assertThat(value).as("%s in %s: '' shows twice without arguments", key, bundle).doesNotContain("''");
                }
            }
        }
    }

    @Test
    void every_message_key_used_in_the_code_exists() throws IOException {
        Properties tr = load("messages.properties");
        Pattern literalKey = Pattern.compile("(?:getTranslation|messages\\.get|DomainException(?:\\.\\w+)?)\\(\\s*\"([a-z][\\w.-]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literalKey.matcher(Files.readString(file));
                while (m.find()) {
                    // "cycle.phase." + phase is a prefix; its keys are checked where the enum is.
                    if (!m.group(1).endsWith(".") && !tr.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in code but missing in the bundle").isEmpty();
    }

    @Test
    void every_string_literal_that_looks_like_a_message_key_exists() throws IOException {
        Properties tr = load("messages.properties");
        Set<String> prefixes = new TreeSet<>();
        tr.stringPropertyNames().forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') + 1)));
        Pattern literal = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+|\\.[A-Z_]+)+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    boolean looksLikeKey = prefixes.stream().anyMatch(key::startsWith) && !NOT_KEYS.contains(key);
                    boolean isPrefixOfKeys = tr.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key + "."));
                    if (looksLikeKey && !tr.containsKey(key) && !isPrefixOfKeys) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("string literals with a bundle prefix that are not in the bundle").isEmpty();
    }

    @Test
    void every_cycle_phase_has_a_name() throws IOException {
        Properties turkish = load("messages.properties");
        Properties english = load("messages_en.properties");
        for (var phase : tr.bel.izmir.bizizmir.budgeting.CyclePhase.values()) {
            assertThat(turkish).containsKey("cycle.phase." + phase.name());
            assertThat(english).containsKey("cycle.phase." + phase.name());
        }
    }

    @Test
    void turkish_is_the_default_and_english_is_chosen_only_on_request() {
        assertThat(Messages.supported(null)).isEqualTo(Messages.TURKISH);
        assertThat(Messages.supported(java.util.Locale.GERMAN)).isEqualTo(Messages.TURKISH);
        assertThat(Messages.supported(java.util.Locale.US)).isEqualTo(Messages.ENGLISH);
    }
}
