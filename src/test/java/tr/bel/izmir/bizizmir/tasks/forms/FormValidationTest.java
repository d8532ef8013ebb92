package tr.bel.izmir.bizizmir.tasks.forms;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static tr.bel.izmir.bizizmir.tasks.forms.FormsFixtures.english;
import static tr.bel.izmir.bizizmir.tasks.forms.FormsFixtures.sample;
import static tr.bel.izmir.bizizmir.tasks.forms.FormsFixtures.single;
import static tr.bel.izmir.bizizmir.tasks.forms.FormsFixtures.turkish;

class FormValidationTest {

    private static final String EXPLANATION = "Gölgelik yapılabilir; bütçe yeterli ve izin gerekmiyor.";

    /** A feasibility form a careful officer filled in: valid as it stands. */
    private static RenderedForm filledFeasibility(FormRenderer renderer) {
        return renderer.render(sample("feasibility-assessment.form"), Map.of(
                "decision", "feasible", "costEstimate", 48000L, "timeline", "3 ay",
                "publicExplanation", EXPLANATION, "legalCheck", true, "dueDate", "2026-06-30"));
    }

    @SuppressWarnings("unchecked")
    private static <V> HasValue<?, V> input(RenderedForm form, String key) {
        return (HasValue<?, V>) form.field(key).orElseThrow();
    }

    private static HasValidation validation(RenderedForm form, String key) {
        return (HasValidation) form.field(key).orElseThrow();
    }

    private static List<String> errorKeys(RenderedForm form) {
        return form.validate().stream().map(FieldError::key).toList();
    }

    @Test
    void accepts_a_completely_filled_feasibility_assessment() {
        RenderedForm form = filledFeasibility(turkish());

        assertThat(form.validate()).isEmpty();
        assertThat(validation(form, "publicExplanation").isInvalid()).isFalse();
    }

    @Test
    void marks_every_empty_required_field_in_form_order() {
        RenderedForm form = turkish().render(sample("feasibility-assessment.form"), Map.of());

        List<FieldError> errors = form.validate();

        assertThat(errors).extracting(FieldError::key)
                .containsExactly("decision", "costEstimate", "publicExplanation", "legalCheck", "dueDate");
        assertThat(errors).extracting(FieldError::message).containsOnly("Bu alan zorunludur.");
        assertThat(errors.get(0).label()).isEqualTo("Karar");
        HasValidation decision = validation(form, "decision");
        assertThat(decision.isInvalid()).isTrue();
        assertThat(decision.getErrorMessage()).isEqualTo("Bu alan zorunludur.");
    }

    @Test
    void translates_error_messages_and_labels_for_english_readers() {
        RenderedForm form = english().render(sample("feasibility-assessment.form"), Map.of());

        FieldError first = form.validate().get(0);

        assertThat(first.message()).isEqualTo("This field is required.");
        assertThat(first.label()).isEqualTo("Decision");
    }

    @Test
    void clears_the_error_once_the_field_is_fixed() {
        RenderedForm form = filledFeasibility(turkish());
        input(form, "publicExplanation").setValue("");
        assertThat(errorKeys(form)).containsExactly("publicExplanation");

        input(form, "publicExplanation").setValue(EXPLANATION);

        assertThat(form.validate()).isEmpty();
        assertThat(validation(form, "publicExplanation").isInvalid()).isFalse();
        assertThat(validation(form, "publicExplanation").getErrorMessage()).isEmpty();
    }

    @Test
    void a_marked_field_is_rechecked_as_soon_as_the_user_corrects_it() {
        RenderedForm form = filledFeasibility(turkish());
        input(form, "timeline").setValue("a".repeat(101));
        form.validate();
        assertThat(validation(form, "timeline").isInvalid()).isTrue();

        input(form, "timeline").setValue("6 ay");

        assertThat(validation(form, "timeline").isInvalid()).isFalse();
    }

    @Test
    void an_untouched_field_is_not_marked_before_the_first_validation() {
        RenderedForm form = turkish().render(sample("feasibility-assessment.form"), Map.of());

        input(form, "publicExplanation").setValue("kısa");

        assertThat(validation(form, "publicExplanation").isInvalid()).isFalse();
    }

    @Test
    void treats_blank_text_as_missing() {
        RenderedForm form = filledFeasibility(turkish());
        input(form, "publicExplanation").setValue("     ");

        assertThat(errorKeys(form)).containsExactly("publicExplanation");
    }

    @Test
    void requires_a_required_checkbox_to_be_ticked() {
        RenderedForm form = filledFeasibility(turkish());
        ((Checkbox) form.field("legalCheck").orElseThrow()).setValue(false);

        assertThat(errorKeys(form)).containsExactly("legalCheck");
        ((Checkbox) form.field("legalCheck").orElseThrow()).setValue(true);
        assertThat(form.validate()).isEmpty();
    }

    @Test
    void requires_at_least_one_ticked_option_in_a_required_checklist() {
        RenderedForm form = turkish().render(single("""
                {"type":"checklist","key":"risks","label":"Riskler","validate":{"required":true},
                 "values":[{"label":"İzin","value":"permit"}]}"""), Map.of());

        assertThat(errorKeys(form)).containsExactly("risks");
        FormValidationTest.<Set<String>>input(form, "risks").setValue(Set.of("permit"));
        assertThat(form.validate()).isEmpty();
    }

    @Test
    void rejects_a_cost_below_the_minimum() {
        RenderedForm form = filledFeasibility(turkish());
        input(form, "costEstimate").setValue(new BigDecimal("-1"));

        List<FieldError> errors = form.validate();

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("costEstimate");
            assertThat(e.message()).isEqualTo("Değer en az 0 olmalıdır.");
        });
        assertThat(validation(form, "costEstimate").getErrorMessage()).isEqualTo("Değer en az 0 olmalıdır.");
    }

    @Test
    void accepts_a_cost_equal_to_the_minimum() {
        RenderedForm form = filledFeasibility(turkish());
        input(form, "costEstimate").setValue(BigDecimal.ZERO);

        assertThat(form.validate()).isEmpty();
    }

    @Test
    void rejects_attendance_above_the_maximum_and_accepts_the_maximum() {
        RenderedForm form = turkish().render(sample("every-component.form"), Map.of("reference", "BZ-1234"));
        BigDecimalField attendance = (BigDecimalField) form.field("attendance").orElseThrow();

        attendance.setValue(new BigDecimal("510"));
        assertThat(form.validate()).extracting(FieldError::message).containsExactly("Değer en fazla 500 olmalıdır.");

        attendance.setValue(new BigDecimal("500"));
        assertThat(form.validate()).isEmpty();
    }

    @Test
    void rejects_a_number_off_the_increment_and_names_the_nearest_valid_values() {
        RenderedForm form = turkish().render(sample("every-component.form"), Map.of("reference", "BZ-1234"));
        BigDecimalField attendance = (BigDecimalField) form.field("attendance").orElseThrow();

        attendance.setValue(new BigDecimal("25"));
        assertThat(form.validate()).extracting(FieldError::message)
                .containsExactly("Değer 10 adımlarla girilmelidir; en yakın geçerli değerler 20 ve 30.");

        attendance.setValue(new BigDecimal("30"));
        assertThat(form.validate()).isEmpty();
    }

    @Test
    void rejects_more_decimal_digits_than_the_form_allows() {
        RenderedForm form = turkish().render(sample("every-component.form"), Map.of("reference", "BZ-1234"));
        BigDecimalField area = (BigDecimalField) form.field("area").orElseThrow();

        area.setValue(new BigDecimal("12.34"));
        assertThat(form.validate()).extracting(FieldError::message)
                .containsExactly("Virgülden sonra en fazla 1 basamak girin.");

        area.setValue(new BigDecimal("12.30"));
        assertThat(form.validate()).isEmpty();
    }

    @Test
    void rejects_a_public_explanation_shorter_than_twenty_characters_and_accepts_exactly_twenty() {
        RenderedForm form = filledFeasibility(turkish());
        input(form, "publicExplanation").setValue("Yapılabilir.");

        assertThat(form.validate()).extracting(FieldError::message)
                .containsExactly("En az 20 karakter girin (şu an 12).");

        input(form, "publicExplanation").setValue("Yirmi karakterlik no");
        assertThat(form.validate()).isEmpty();
    }

    @Test
    void rejects_a_timeline_longer_than_the_maximum_length() {
        RenderedForm form = filledFeasibility(turkish());
        input(form, "timeline").setValue("a".repeat(101));

        assertThat(form.validate()).extracting(FieldError::message)
                .containsExactly("En fazla 100 karakter girin (şu an 101).");

        input(form, "timeline").setValue("a".repeat(100));
        assertThat(form.validate()).isEmpty();
    }

    @Test
    void counts_characters_not_utf16_units_for_lengths() {
        RenderedForm form = turkish().render(single(
                "{\"type\":\"textfield\",\"key\":\"t\",\"validate\":{\"maxLength\":2}}"), Map.of("t", "🌳🌳"));

        assertThat(form.validate()).isEmpty();
    }

    @Test
    void shows_the_owners_own_pattern_message_in_turkish_and_its_english_variant() {
        RenderedForm tr = turkish().render(sample("every-component.form"), Map.of("reference", "XY-12345"));
        assertThat(tr.validate()).extracting(FieldError::message).containsExactly("BZ- ile başlayan bir numara girin.");

        RenderedForm en = english().render(sample("every-component.form"), Map.of("reference", "XY-12345"));
        assertThat(en.validate()).extracting(FieldError::message).containsExactly("Enter a number starting with BZ-.");

        input(tr, "reference").setValue("BZ-12345");
        assertThat(tr.validate()).isEmpty();
    }

    @Test
    void shows_a_translated_generic_message_when_a_pattern_has_no_message_of_its_own() {
        FormDefinition def = single("{\"type\":\"textfield\",\"key\":\"code\",\"validate\":{\"pattern\":\"^[0-9]{5}$\"}}");

        assertThat(turkish().render(def, Map.of("code", "35A00")).validate()).extracting(FieldError::message)
                .containsExactly("Değer beklenen biçimde değil.");
        assertThat(english().render(def, Map.of("code", "35A00")).validate()).extracting(FieldError::message)
                .containsExactly("The value is not in the expected format.");
        assertThat(turkish().render(def, Map.of("code", "35220")).validate()).isEmpty();
    }

    @Test
    void an_unanchored_pattern_means_contains_as_in_form_js() {
        FormDefinition def = single("{\"type\":\"textfield\",\"key\":\"code\",\"validate\":{\"pattern\":\"[0-9]\"}}");

        assertThat(turkish().render(def, Map.of("code", "abc1")).validate()).isEmpty();
        assertThat(turkish().render(def, Map.of("code", "abc")).validate()).hasSize(1);
    }

    @Test
    void rejects_an_email_address_without_a_domain_and_accepts_a_real_one() {
        RenderedForm form = turkish().render(sample("proposal-screening.form"), Map.of("screeningResult", "accept"));
        TextField email = (TextField) form.field("contactEmail").orElseThrow();

        email.setValue("ayse.yilmaz@");
        assertThat(form.validate()).extracting(FieldError::message)
                .containsExactly("Geçerli bir e-posta adresi girin, örneğin ad@ornek.com.");
        assertThat(email.isInvalid()).isTrue();

        email.setValue("ayse.yilmaz@izmir.bel.tr");
        assertThat(form.validate()).isEmpty();
    }

    @Test
    void accepts_turkish_and_international_phone_numbers_and_rejects_fragments() {
        RenderedForm form = turkish().render(sample("proposal-screening.form"), Map.of("screeningResult", "accept"));
        TextField phone = (TextField) form.field("contactPhone").orElseThrow();

        for (String ok : List.of("0232 293 12 00", "+90 (232) 293-12-00", "0090 532 123 45 67")) {
            phone.setValue(ok);
            assertThat(form.validate()).as(ok).isEmpty();
        }
        for (String bad : List.of("293 12 00", "telefon", "+90 232")) {
            phone.setValue(bad);
            assertThat(form.validate()).as(bad).extracting(FieldError::message)
                    .containsExactly("Geçerli bir telefon numarası girin, örneğin 0232 293 12 00 ya da +90 232 293 12 00.");
        }
    }

    @Test
    void rejects_a_past_date_when_the_form_disallows_passed_dates() {
        RenderedForm form = turkish().render(sample("every-component.form"), Map.of("reference", "BZ-1234"));
        DatePicker date = (DatePicker) form.field("eventDate").orElseThrow();

        date.setValue(LocalDate.of(2026, 3, 1));
        assertThat(form.validate()).extracting(FieldError::message).containsExactly("Geçmiş bir tarih seçilemez.");

        date.setValue(LocalDate.of(2026, 3, 2));
        assertThat(form.validate()).isEmpty();
    }

    @Test
    void reports_text_typed_into_a_number_field_instead_of_treating_it_as_empty() throws Exception {
        RenderedForm form = turkish().render(sample("every-component.form"), Map.of("reference", "BZ-1234"));
        BigDecimalField area = (BigDecimalField) form.field("area").orElseThrow();

        // What the browser sends when someone types text the field cannot parse.
        area.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementPropertyMap.class)
                .deferredUpdateFromClient("value", "on iki").run();

        assertThat(area.getValue()).isNull();
        assertThat(form.validate()).extracting(FieldError::key, FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("area", "Geçerli bir sayı girin, örneğin 1250,50."));
        assertThat(area.isInvalid()).isTrue();
    }

    @Test
    void reports_a_date_the_picker_could_not_parse() {
        RenderedForm form = english().render(sample("every-component.form"), Map.of("reference", "BZ-1234"));
        DatePicker date = (DatePicker) form.field("eventDate").orElseThrow();

        date.getElement().setProperty("_inputElementValue", "31/02/2026");
        date.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(date.getElement(), "unparsable-change",
                        elemental.json.Json.createObject()));

        assertThat(form.validate()).extracting(FieldError::message)
                .containsExactly("Enter a valid date, for example 02/03/2026.");
    }

    @Test
    void optional_empty_fields_pass_every_rule() {
        RenderedForm form = turkish().render(sample("every-component.form"), Map.of("reference", "BZ-1234"));

        assertThat(form.validate()).isEmpty();
    }

    @Test
    void never_validates_read_only_process_data() {
        RenderedForm form = turkish().render(single("""
                {"type":"textarea","key":"note","readonly":true,"validate":{"required":true,"minLength":50}}"""),
                Map.of("note", "kısa"));

        assertThat(form.validate()).isEmpty();
        assertThat(((TextArea) form.field("note").orElseThrow()).isRequiredIndicatorVisible()).isFalse();
    }

    @Test
    void every_validation_message_exists_in_both_languages() {
        for (String key : List.of("form.validation.required", "form.validation.min", "form.validation.max",
                "form.validation.min-length", "form.validation.max-length", "form.validation.pattern",
                "form.validation.email", "form.validation.phone", "form.validation.decimal-digits",
                "form.validation.increment", "form.validation.date-in-past")) {
            assertThat(FormsFixtures.MESSAGES.get(key, tr.bel.izmir.bizizmir.shared.Messages.TURKISH, 1, 2, 3))
                    .as(key).doesNotStartWith("!");
            assertThat(FormsFixtures.MESSAGES.get(key, tr.bel.izmir.bizizmir.shared.Messages.ENGLISH, 1, 2, 3))
                    .as(key).doesNotStartWith("!");
        }
    }
}
