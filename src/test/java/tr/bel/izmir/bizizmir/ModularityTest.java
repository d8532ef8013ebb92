package tr.bel.izmir.bizizmir;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The features as Spring Modulith sees them: each top-level package is a module; another module
 * may use its base package and the sub-packages it names as interfaces (the {@code ui} packages of
 * proposal, tasks, parkevent and notification); everything else (its {@code internal},
 * {@code process} and other {@code ui} packages) is its own. {@code shared} is open to all. No cycles
 * between modules. The module documentation in {@code docs/modules} is written from the code by
 * this test, so it cannot drift from it.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(BizizmirApplication.class);

    @Test
    void every_feature_uses_only_what_the_others_expose_and_no_two_features_depend_on_each_other_in_a_cycle() {
        MODULES.verify();
    }

    @Test
    void the_rule_fails_for_a_feature_that_reaches_into_another_features_internals() {
        var broken = ApplicationModules.of("tr.bel.izmir.modulithfixture", new ImportOption.OnlyIncludeTests());
        assertThat(broken.stream().map(m -> m.getIdentifier().toString())).contains("alpha", "beta");
        assertThatThrownBy(broken::verify).hasMessageContaining("AlphaSecret");
    }

    @Test
    void the_module_documentation_is_generated_from_the_code() {
        // Diagrams only: the module canvases need Modulith's Javadoc metadata, whose reader fails on
        // this code base's Javadoc (Modulith 1.4.4, BasicJsonParser); the package docs say the rest.
        new Documenter(MODULES, Documenter.Options.defaults().withoutClean().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        assertThat(new java.io.File("docs/modules/components.puml")).exists();
        stableOrder(java.nio.file.Path.of("docs/modules"));
    }

    /**
     * Modulith writes the elements of a diagram in hash order, which differs between runs; sorting
     * each run of like lines (components, relations) keeps the committed files from changing when
     * the modules did not.
     */
    static void stableOrder(java.nio.file.Path folder) {
        try (var files = java.nio.file.Files.list(folder)) {
            for (var file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                var lines = java.nio.file.Files.readAllLines(file);
                var out = new java.util.ArrayList<String>();
                int i = 0;
                while (i < lines.size()) {
                    String kind = lineKind(lines.get(i));
                    int j = i;
                    while (j < lines.size() && kind != null && kind.equals(lineKind(lines.get(j)))) {
                        j++;
                    }
                    if (j > i) {
                        out.addAll(lines.subList(i, j).stream().sorted().toList());
                        i = j;
                    } else {
                        out.add(lines.get(i++));
                    }
                }
                java.nio.file.Files.write(file, out);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String lineKind(String line) {
        String t = line.strip();
        int paren = t.indexOf('(');
        return paren > 0 && !t.startsWith("Container_Boundary") && t.endsWith(")") ? line.substring(0, line.indexOf(t)) + t.substring(0, paren) : null;
    }
}
