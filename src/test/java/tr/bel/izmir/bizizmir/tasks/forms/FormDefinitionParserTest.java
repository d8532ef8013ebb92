package tr.bel.izmir.bizizmir.tasks.forms;

import org.junit.jupiter.api.Test;
import tr.bel.izmir.bizizmir.tasks.forms.FormComponent.DateSubtype;
import tr.bel.izmir.bizizmir.tasks.forms.FormComponent.Field;
import tr.bel.izmir.bizizmir.tasks.forms.FormComponent.FieldType;
import tr.bel.izmir.bizizmir.tasks.forms.FormComponent.Option;
import tr.bel.izmir.bizizmir.tasks.forms.FormComponent.ValidationType;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tr.bel.izmir.bizizmir.tasks.forms.FormsFixtures.parse;
import static tr.bel.izmir.bizizmir.tasks.forms.FormsFixtures.sample;
import static tr.bel.izmir.bizizmir.tasks.forms.FormsFixtures.single;

class FormDefinitionParserTest {

    @Test
    void reads_the_feasibility_assessment_form_as_modeler_saves_it() {
        FormDefinition form = sample("feasibility-assessment.form");

        assertThat(form.id()).isEqualTo("Form_FeasibilityAssessment");
        assertThat(form.schemaVersion()).isEqualTo(16);
        assertThat(form.fields()).extracting(Field::key).containsExactly(
                "proposalTitle", "decision", "costEstimate", "timeline", "publicExplanation", "legalCheck",
                "risks", "dueDate");
        assertThat(form.components().get(0)).isInstanceOf(FormComponent.Text.class);
        assertThat(form.components()).last().isInstanceOf(FormComponent.Layout.class);
        assertThat(form.unsupported()).isEmpty();
    }

    @Test
    void keeps_every_validation_rule_and_option_of_a_field() {
        List<Field> fields = sample("feasibility-assessment.form").fields();

        Field decision = fields.get(1);
        assertThat(decision.fieldType()).isEqualTo(FieldType.RADIO);
        assertThat(decision.validate().required()).isTrue();
        assertThat(decision.values()).containsExactly(
                new Option("Yapılabilir", "feasible"), new Option("Yapılamaz", "not-feasible"));

        Field cost = fields.get(2);
        assertThat(cost.validate().min()).isEqualByComparingTo("0");
        assertThat(cost.decimalDigits()).isEqualTo(2);
        assertThat(cost.suffixAdorner()).isEqualTo("₺");
        assertThat(cost.properties()).containsEntry("label.en", "Cost estimate");

        Field explanation = fields.get(4);
        assertThat(explanation.validate().minLength()).isEqualTo(20);
        assertThat(explanation.validate().maxLength()).isEqualTo(2000);

        Field due = fields.get(7);
        assertThat(due.fieldType()).isEqualTo(FieldType.DATETIME);
        assertThat(due.subtype()).isEqualTo(DateSubtype.DATE);
        assertThat(due.dateLabel()).isEqualTo("Tamamlanma tarihi");
    }

    @Test
    void reads_groups_read_only_fields_values_keys_and_validation_types_of_the_screening_form() {
        FormDefinition form = sample("proposal-screening.form");

        assertThat(form.components()).filteredOn(c -> c instanceof FormComponent.Group).singleElement()
                .satisfies(g -> assertThat(((FormComponent.Group) g).components()).hasSize(2));
        Field description = form.fields().get(0);
        assertThat(description.disabled()).isTrue();
        assertThat(description.editable()).isFalse();
        Field duplicateOf = form.fields().get(2);
        assertThat(duplicateOf.valuesKey()).isEqualTo("openProposals");
        assertThat(duplicateOf.searchable()).isTrue();
        assertThat(form.fields().get(4).validate().validationType()).isEqualTo(ValidationType.EMAIL);
        assertThat(form.fields().get(5).validate().validationType()).isEqualTo(ValidationType.PHONE);
    }

    @Test
    void keeps_unknown_component_types_as_unsupported_and_feel_options_as_a_field() {
        FormDefinition form = sample("every-component.form");

        assertThat(form.unsupported()).extracting(FormComponent.Unsupported::type, FormComponent.Unsupported::reasonKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("image", "form.unsupported.type"),
                        org.assertj.core.groups.Tuple.tuple("taglist", "form.unsupported.type"));
        assertThat(form.fields()).filteredOn(f -> f.key().equals("computed"))
                .extracting(Field::valuesExpression).containsExactly("=computedOptions");
    }

    @Test
    void reads_numbers_written_as_strings_and_keeps_feel_limits_as_expressions() {
        Field f = single("""
                {"type":"number","key":"n","increment":"10","validate":{"min":"5","max":"=limit"}}""").fields().get(0);

        assertThat(f.increment()).isEqualByComparingTo("10");
        assertThat(f.validate().min()).isEqualByComparingTo(new BigDecimal("5"));
        assertThat(f.validate().max()).isNull();
        assertThat(f.expressions()).containsExactly(java.util.Map.entry(FormComponent.MAX, "=limit"));
    }

    @Test
    void keeps_hide_conditions_of_every_kind_of_component_and_feel_read_only_states() {
        FormDefinition form = parse("""
                {"id":"Form_T","components":[
                  {"type":"text","id":"T","text":"Not","conditional":{"hide":"=a"}},
                  {"type":"group","id":"G","label":"Grup","conditional":{"hide":"=b"},"components":[
                    {"type":"textfield","id":"F","key":"f","readonly":"=c","disabled":true,"conditional":{"hide":"=d"}}]},
                  {"type":"separator","id":"S","conditional":{"hide":"=e"}},
                  {"type":"textfield","id":"P","key":"p","conditional":{"hide":"not FEEL"}}]}""");

        assertThat(form.components()).extracting(FormComponent::hideIf).containsExactly("=a", "=b", "=e", null);
        Field f = form.fields().get(0);
        assertThat(f.hideIf()).isEqualTo("=d");
        assertThat(f.readonly()).isFalse();
        assertThat(f.disabled()).isTrue();
        assertThat(f.dynamicallyReadOnly()).isTrue();
        assertThat(f.expressions()).containsEntry(FormComponent.READONLY, "=c");
    }

    @Test
    void a_datetime_without_subtype_is_a_date_as_in_form_js() {
        Field f = single("{\"type\":\"datetime\",\"key\":\"d\"}").fields().get(0);

        assertThat(f.subtype()).isEqualTo(DateSubtype.DATE);
    }

    @Test
    void rejects_text_that_is_not_json_with_the_malformed_key_and_the_line() {
        assertThatThrownBy(() -> parse("{\n  \"components\": [ oops ]\n}"))
                .isInstanceOfSatisfying(FormDefinitionException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("form.error.malformed");
                    assertThat(e.args()).containsExactly(2);
                });
        assertThatThrownBy(() -> parse("[]"))
                .isInstanceOfSatisfying(FormDefinitionException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("form.error.malformed"));
        assertThatThrownBy(() -> parse(""))
                .isInstanceOfSatisfying(FormDefinitionException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("form.error.malformed"));
    }

    @Test
    void rejects_a_form_without_components() {
        assertThatThrownBy(() -> parse("{\"schemaVersion\":16,\"id\":\"Form_X\"}"))
                .isInstanceOfSatisfying(FormDefinitionException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("form.error.no-components"));
        assertThatThrownBy(() -> parse("{\"components\":{}}"))
                .isInstanceOfSatisfying(FormDefinitionException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("form.error.no-components"));
    }

    @Test
    void rejects_a_component_without_a_type() {
        assertThatThrownBy(() -> parse("{\"components\":[{\"key\":\"a\"}]}"))
                .isInstanceOfSatisfying(FormDefinitionException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("form.error.component-invalid");
                    assertThat(e.args()).containsExactly("components[0]");
                });
    }

    @Test
    void rejects_an_input_field_without_a_key() {
        assertThatThrownBy(() -> single("{\"type\":\"textfield\",\"id\":\"Field_NoKey\",\"label\":\"Ad\"}"))
                .isInstanceOfSatisfying(FormDefinitionException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("form.error.missing-key");
                    assertThat(e.args()).containsExactly("Field_NoKey");
                });
    }

    @Test
    void rejects_a_pattern_that_does_not_compile_rather_than_skipping_the_check() {
        assertThatThrownBy(() -> single("{\"type\":\"textfield\",\"id\":\"F\",\"key\":\"a\",\"validate\":{\"pattern\":\"[a-\"}}"))
                .isInstanceOfSatisfying(FormDefinitionException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("form.error.invalid-pattern"));
    }

    @Test
    void every_error_key_exists_in_turkish_and_english() {
        for (String key : List.of("form.error.malformed", "form.error.unreadable", "form.error.no-components",
                "form.error.component-invalid", "form.error.missing-key", "form.error.invalid-pattern")) {
            assertThat(FormsFixtures.MESSAGES.get(key, tr.bel.izmir.bizizmir.shared.Messages.TURKISH, "x"))
                    .doesNotStartWith("!");
            assertThat(FormsFixtures.MESSAGES.get(key, tr.bel.izmir.bizizmir.shared.Messages.ENGLISH, "x"))
                    .doesNotStartWith("!");
        }
    }
}
