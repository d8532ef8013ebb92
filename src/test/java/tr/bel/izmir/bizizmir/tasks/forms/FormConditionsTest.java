package tr.bel.izmir.bizizmir.tasks.forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static tr.bel.izmir.bizizmir.tasks.forms.FormsFixtures.all;
import static tr.bel.izmir.bizizmir.tasks.forms.FormsFixtures.sample;
import static tr.bel.izmir.bizizmir.tasks.forms.FormsFixtures.single;
import static tr.bel.izmir.bizizmir.tasks.forms.FormsFixtures.turkish;

/** A form as an owner builds it in the form-js editor: FEEL conditions, read-only states, labels, limits. */
class FormConditionsTest {

    private static final Map<String, Object> PROCESS = Map.of(
            "proposalTitle", "Bisiklet yolu", "budgetCeiling", 500L, "caseNumber", 42L);

    private static <T extends Component> T field(RenderedForm form, String key, Class<T> type) {
        return type.cast(form.field(key).orElseThrow(() -> new AssertionError("no field " + key)));
    }

    @SuppressWarnings("unchecked")
    private static void decide(RenderedForm form, String decision) {
        field(form, "decision", RadioButtonGroup.class).setValue(decision);
    }

    @Test
    void a_field_hidden_by_its_condition_is_neither_shown_validated_nor_written() {
        RenderedForm form = turkish().render(sample("conditions.form"), PROCESS);
        decide(form, "approve");
        field(form, "startDate", DatePicker.class).setValue(LocalDate.of(2026, 4, 1));

        TextArea reason = field(form, "rejectionReason", TextArea.class);
        assertThat(reason.isVisible()).isFalse();
        assertThat(form.validate()).isEmpty();
        assertThat(form.values()).doesNotContainKey("rejectionReason").containsEntry("decision", "approve");
    }

    @Test
    void the_field_appears_and_is_required_as_soon_as_the_value_its_condition_reads_makes_it_true() {
        RenderedForm form = turkish().render(sample("conditions.form"), PROCESS);
        decide(form, "reject");

        TextArea reason = field(form, "rejectionReason", TextArea.class);
        assertThat(reason.isVisible()).isTrue();
        assertThat(form.validate()).extracting(FieldError::key).containsExactly("rejectionReason");
        assertThat(reason.isInvalid()).isTrue();

        // Changing the decision back hides it again and takes its error with it.
        decide(form, "approve");
        assertThat(reason.isVisible()).isFalse();
        assertThat(reason.isInvalid()).isFalse();
    }

    @Test
    void a_hidden_group_hides_its_required_fields_from_validation_and_from_the_values() {
        RenderedForm form = turkish().render(sample("conditions.form"), PROCESS);
        decide(form, "reject");
        field(form, "rejectionReason", TextArea.class).setValue("Bütçe bu yıl yetersiz kaldı.");

        FieldSet group = all(form.root(), FieldSet.class).get(0);
        assertThat(group.isVisible()).isFalse();
        assertThat(form.validate()).isEmpty();
        assertThat(form.values()).doesNotContainKey("startDate");

        decide(form, "approve");
        assertThat(group.isVisible()).isTrue();
        assertThat(form.validate()).extracting(FieldError::key).containsExactly("startDate");
    }

    @Test
    void a_read_only_condition_locks_the_field_and_keeps_it_out_of_the_values() {
        RenderedForm form = turkish().render(sample("conditions.form"), PROCESS);
        TextField reference = field(form, "reference", TextField.class);
        assertThat(reference.isReadOnly()).isFalse();

        decide(form, "reject");

        assertThat(reference.isReadOnly()).isTrue();
        assertThat(form.values()).doesNotContainKey("reference");
    }

    @Test
    void default_values_labels_descriptions_and_texts_are_feel_and_templates_over_the_process_data() {
        RenderedForm form = turkish().render(sample("conditions.form"), PROCESS);

        assertThat(field(form, "reference", TextField.class).getValue()).isEqualTo("BZ-42");
        assertThat(field(form, "rejectionReason", TextArea.class).getLabel()).isEqualTo("Ret gerekçesi: Bisiklet yolu");
        assertThat(field(form, "budget", BigDecimalField.class).getHelperText()).isEqualTo("En fazla 500 TL");
        assertThat(all(form.root(), Html.class).get(0).getInnerHtml()).contains("Öneri: Bisiklet yolu (42)");
        Html summary = all(form.root(), Html.class).get(1);
        assertThat(summary.getInnerHtml()).contains("Karar bekleniyor.");

        decide(form, "reject");
        assertThat(summary.getInnerHtml()).contains("Öneri reddedilecek.");
    }

    @Test
    void a_feel_limit_reads_the_process_data() {
        RenderedForm form = turkish().render(sample("conditions.form"), PROCESS);
        decide(form, "reject");
        field(form, "rejectionReason", TextArea.class).setValue("Bütçe bu yıl yetersiz kaldı.");
        BigDecimalField budget = field(form, "budget", BigDecimalField.class);
        budget.setValue(new BigDecimal("600"));

        assertThat(form.validate()).extracting(FieldError::message).containsExactly("Değer en fazla 500 olmalıdır.");

        budget.setValue(new BigDecimal("500"));
        assertThat(form.validate()).isEmpty();
    }

    @Test
    void a_condition_that_calls_java_is_refused_by_the_engine_and_changes_nothing() {
        String callsJava = "={f: function(k, v) external {java: {class: \\\"java.lang.System\\\", "
                + "method signature: \\\"setProperty(java.lang.String, java.lang.String)\\\"}}, "
                + "r: f(\\\"bizizmir.feel.pwned\\\", \\\"true\\\")}.r != null";
        RenderedForm form = turkish().render(single("{\"type\":\"textfield\",\"key\":\"note\",\"label\":\"Not\","
                + "\"conditional\":{\"hide\":\"" + callsJava + "\"},\"defaultValue\":\"" + callsJava + "\"}"), Map.of());

        assertThat(System.getProperty("bizizmir.feel.pwned")).isNull();
        TextField note = field(form, "note", TextField.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getValue()).isEmpty();
    }

    @Test
    void screening_asks_for_the_proposal_to_merge_into_only_when_the_decision_is_merge() throws Exception {
        FormDefinition screening;
        try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("forms/ScreenProposal.form"))) {
            screening = new FormDefinitionParser().parse(in);
        }
        RenderedForm form = turkish().render(screening, Map.of("caseTitle", "Bisiklet yolu"));
        BigDecimalField mergeInto = field(form, "mergeIntoProposalId", BigDecimalField.class);

        field(form, "screeningDecision", RadioButtonGroup.class).setValue("accept");
        assertThat(mergeInto.isVisible()).isFalse();
        assertThat(form.validate()).isEmpty();
        assertThat(form.values()).doesNotContainKey("mergeIntoProposalId");

        field(form, "screeningDecision", RadioButtonGroup.class).setValue("merge");
        assertThat(mergeInto.isVisible()).isTrue();
        assertThat(form.validate()).extracting(FieldError::key).containsExactly("mergeIntoProposalId");
        mergeInto.setValue(new BigDecimal("17"));
        assertThat(form.validate()).isEmpty();
        assertThat(form.values()).containsEntry("mergeIntoProposalId", 17L);
    }
}
