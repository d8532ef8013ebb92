package tr.bel.izmir.bizizmir.tasks.forms;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static tr.bel.izmir.bizizmir.tasks.forms.FormsFixtures.all;
import static tr.bel.izmir.bizizmir.tasks.forms.FormsFixtures.english;

/**
 * Issue 14, "English, complete": every text a task form shows — labels, descriptions, text
 * blocks and the options of a choice — has its English version in the form itself, so staff
 * reading in English never meet a Turkish label (docs/forms.md, "English labels").
 */
class FormsInEnglishTest {

    private static final Pattern TURKISH_LETTERS = Pattern.compile("[çğıöşüÇĞİÖŞÜ]");

    static List<Path> forms() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            return files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
        }
    }

    @Test
    void every_visible_text_of_every_form_has_an_english_version() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path file : forms()) {
            var form = new FormDefinitionParser().parse(Files.readString(file));
            check(file.getFileName().toString(), form.components(), missing);
        }
        assertThat(missing).as("texts without English").isEmpty();
    }

    private static void check(String file, List<FormComponent> components, List<String> missing) {
        for (FormComponent c : components) {
            var p = c.properties();
            if (c instanceof FormComponent.Text t) {
                require(file, t.id(), t.text(), p.get(FormComponent.TEXT_EN), missing);
            } else if (c instanceof FormComponent.Group g) {
                require(file, g.id(), g.label(), p.get(FormComponent.LABEL_EN), missing);
                check(file, g.components(), missing);
            } else if (c instanceof FormComponent.Field f) {
                require(file, f.id(), f.label() != null ? f.label() : f.dateLabel(), p.get(FormComponent.LABEL_EN), missing);
                require(file, f.id(), f.description(), p.get(FormComponent.DESCRIPTION_EN), missing);
                f.values().forEach(o -> require(file, f.id() + "/" + o.value(), o.label(),
                        p.get(FormComponent.optionLabelEn(o.value())), missing));
            }
        }
    }

    private static void require(String file, String where, String turkish, String english, List<String> missing) {
        if (turkish != null && !turkish.isBlank() && (english == null || english.isBlank()
                || TURKISH_LETTERS.matcher(english.replaceAll("\\{\\{[^}]*}}", "")).find())) {
            missing.add(file + " " + where + ": " + turkish);
        }
    }

    @Test
    void an_english_reader_sees_the_options_and_text_in_english() throws IOException {
        var form = new FormDefinitionParser().parse(Files.readString(Path.of("forms/ReviewParkEvent.form")));
        var rendered = english().render(form, Map.of("caseTitle", "Resim atölyesi — Kültürpark", "eventSummary", "10:00–12:00"));

        RadioButtonGroup<?> decision = all(rendered.root(), RadioButtonGroup.class).get(0);
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<String> labels = decision.getListDataView().getItems()
                .map(item -> ((com.vaadin.flow.component.ItemLabelGenerator) decision.getItemLabelGenerator()).apply(item).toString())
                .toList();
        assertThat(labels).containsExactly("Approve", "Ask for changes", "Refuse");
        assertThat(all(rendered.root(), Html.class)).extracting(h -> h.getElement().getProperty("innerHTML"))
                .anySatisfy(html -> assertThat(html).contains("Review the application", "Resim atölyesi"));
    }
}
