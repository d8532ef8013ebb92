package tr.bel.izmir.bizizmir;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, "docs that stand alone": a fresh clone has no broken link in the README,
 * CONTRIBUTING.md or {@code docs/}. Every relative link (and image) points at a file or folder of
 * the repository, never outside it ({@code ../shared}, an absolute path, {@code file:}), and a
 * link to a heading ({@code #anchor}, also {@code other.md#anchor}) finds that heading.
 */
class DocumentationLinksTest {

    static final Path REPOSITORY = Path.of("").toAbsolutePath().normalize();

    /** {@code [text](target "title")} and {@code ![alt](target)}; the target may be in angle brackets. */
    private static final Pattern INLINE = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** {@code [label]: target} reference definitions. */
    private static final Pattern REFERENCE = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern FENCE = Pattern.compile("(?ms)^ {0,3}(```|~~~).*?^ {0,3}\\1[^\\n]*$");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]*`");
    private static final Pattern HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    @Test
    void readme_contributing_and_docs_have_no_broken_or_outside_link() throws IOException {
        List<Path> files = new ArrayList<>(List.of(REPOSITORY.resolve("README.md"), REPOSITORY.resolve("CONTRIBUTING.md")));
        try (Stream<Path> docs = Files.walk(REPOSITORY.resolve("docs"))) {
            docs.filter(f -> f.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        assertThat(files).allMatch(Files::isRegularFile);
        assertThat(files.size()).as("Markdown files checked").isGreaterThan(10);

        assertThat(brokenLinks(REPOSITORY, files)).as("broken links (file: target: why)").isEmpty();
    }

    @Test
    void the_check_finds_links_outside_the_repository_missing_files_and_missing_headings(@TempDir Path repository)
            throws IOException {
        Files.createDirectories(repository.resolve("docs"));
        Files.writeString(repository.resolve("docs/there.md"), "# Where it is\n\n## Türkçe başlık: İzmir\n");
        Path readme = repository.resolve("README.md");
        Files.writeString(readme, """
                # Read me
                [fine](docs/there.md) [fine too](docs/there.md#where-it-is) ![fine image](docs/)
                [turkish heading](docs/there.md#türkçe-başlık-i̇zmir) [web](https://example.org/x.md) [top](#read-me)
                [outside](../shared/product.md) [absolute](/home/someone/notes.md) [file](file:///etc/hosts)
                [missing](docs/gone.md) [no heading](docs/there.md#nowhere) [reference][r]
                `[in code](nowhere.md)`
                ```
                [in a code block](nowhere.md)
                ```

                [r]: docs/also-gone.md
                """);

        assertThat(brokenLinks(repository, List.of(readme))).containsExactly(
                "README.md: ../shared/product.md: outside the repository",
                "README.md: /home/someone/notes.md: outside the repository",
                "README.md: file:///etc/hosts: outside the repository",
                "README.md: docs/gone.md: no such file",
                "README.md: docs/there.md#nowhere: no such heading",
                "README.md: docs/also-gone.md: no such file");
    }

    /** One line per broken link: "file: target: why", the file relative to the repository. */
    static List<String> brokenLinks(Path repository, List<Path> files) throws IOException {
        Map<Path, Set<String>> anchors = new HashMap<>();
        List<String> broken = new ArrayList<>();
        for (Path file : files) {
            String text = CODE_SPAN.matcher(FENCE.matcher(Files.readString(file)).replaceAll("")).replaceAll("");
            List<String> targets = new ArrayList<>();
            for (Pattern link : List.of(INLINE, REFERENCE)) {
                Matcher m = link.matcher(text);
                while (m.find()) {
                    targets.add(m.group(1));
                }
            }
            for (String target : targets) {
                String problem = problem(repository, file, target, anchors);
                if (problem != null) {
                    broken.add(repository.relativize(file) + ": " + target + ": " + problem);
                }
            }
        }
        return broken;
    }

    private static String problem(Path repository, Path file, String target, Map<Path, Set<String>> anchors)
            throws IOException {
        if (target.startsWith("file:") || target.startsWith("/") || target.startsWith("\\")) {
            return "outside the repository";
        }
        if (SCHEME.matcher(target).find()) {
            return null; // https:, mailto: – not a file of the clone
        }
        int hash = target.indexOf('#');
        String path = (hash < 0 ? target : target.substring(0, hash)).replaceAll("\\?.*", "");
        String anchor = hash < 0 ? null : java.net.URLDecoder.decode(target.substring(hash + 1), java.nio.charset.StandardCharsets.UTF_8);
        Path resolved = path.isEmpty() ? file : file.getParent().resolve(java.net.URLDecoder.decode(path,
                java.nio.charset.StandardCharsets.UTF_8)).normalize();
        if (!resolved.startsWith(repository)) {
            return "outside the repository";
        }
        if (!Files.exists(resolved)) {
            return "no such file";
        }
        if (anchor != null && !anchor.isEmpty() && resolved.toString().endsWith(".md")
                && !anchors.computeIfAbsent(resolved, DocumentationLinksTest::headingAnchors).contains(anchor)) {
            return "no such heading";
        }
        return null;
    }

    /** The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
    static Set<String> headingAnchors(Path markdown) {
        String text;
        try {
            text = FENCE.matcher(Files.readString(markdown)).replaceAll("");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher m = HEADING.matcher(text);
        while (m.find()) {
            String heading = m.group(1).replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("[`*]", "");
            String slug = heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "")
                    .replace(' ', '-');
            int n = seen.merge(slug, 1, Integer::sum) - 1;
            anchors.add(n == 0 ? slug : slug + "-" + n);
        }
        return anchors;
    }
}
