package tr.bel.izmir.bizizmir.tasks.forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.InputField;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static tr.bel.izmir.bizizmir.tasks.forms.FormsFixtures.all;
import static tr.bel.izmir.bizizmir.tasks.forms.FormsFixtures.english;
import static tr.bel.izmir.bizizmir.tasks.forms.FormsFixtures.sample;
import static tr.bel.izmir.bizizmir.tasks.forms.FormsFixtures.single;
import static tr.bel.izmir.bizizmir.tasks.forms.FormsFixtures.turkish;

class FormRendererTest {

    private static final Map<String, Object> EVENT_DATA = Map.of(
            "supportLevels", List.of(Map.of("label", "Temel", "value", "basic"), Map.of("label", "Tam", "value", "full")),
            "groupName", "Karşıyaka Gençlik Derneği",
            "groupStanding", 4.5,
            "computedOptions", List.of("a", "b"));

    private static <T> T field(RenderedForm form, String key, Class<T> type) {
        Component c = form.field(key).orElseThrow(() -> new AssertionError("no field " + key));
        assertThat(c).isInstanceOf(type);
        return type.cast(c);
    }

    @Test
    void renders_each_supported_type_as_the_matching_vaadin_field() {
        RenderedForm form = turkish().render(sample("every-component.form"), EVENT_DATA);

        field(form, "reference", TextField.class);
        field(form, "summary", TextArea.class);
        field(form, "attendance", BigDecimalField.class);
        field(form, "park", Select.class);
        field(form, "district", ComboBox.class);
        field(form, "supportLevel", RadioButtonGroup.class);
        field(form, "commercial", Checkbox.class);
        field(form, "equipment", CheckboxGroup.class);
        field(form, "eventDate", DatePicker.class);
        field(form, "startTime", TimePicker.class);
        field(form, "setupAt", DateTimePicker.class);
        assertThat(all(form.root(), Hr.class)).hasSize(1);
        assertThat(all(form.root(), Html.class)).hasSize(1);
    }

    @Test
    void a_group_is_a_fieldset_whose_legend_is_the_group_label() {
        RenderedForm form = turkish().render(sample("every-component.form"), EVENT_DATA);

        FieldSet group = all(form.root(), FieldSet.class).get(0);
        assertThat(group.getLegendText()).isEqualTo("Başvuran grup");
        assertThat(all(group, TextField.class)).extracting(TextField::getLabel).containsExactly("Grup adı");
        assertThat(group.getElement().getTag()).isEqualTo("fieldset");
    }

    @Test
    void shows_a_visible_notice_for_each_component_it_cannot_render() {
        RenderedForm form = turkish().render(sample("every-component.form"), EVENT_DATA);

        List<Div> notices = all(form.root(), Div.class).stream()
                .filter(d -> d.hasClassName("bizizmir-form-unsupported")).toList();
        assertThat(notices).hasSize(2);
        assertThat(notices.get(0).getElement().getAttribute("role")).isEqualTo("note");
        assertThat(notices.get(0).getElement().getTextRecursively())
                .isEqualTo("Bu form öğesi görev kutusunda gösterilemiyor: „Image_Logo” (image). Lütfen süreç sahibine bildirin.");
        assertThat(notices.get(1).getElement().getTextRecursively()).contains("„Etiketler” (taglist)");
    }

    @Test
    void the_unsupported_notice_is_in_english_for_english_readers() {
        RenderedForm form = english().render(single("{\"type\":\"filepicker\",\"id\":\"F\",\"key\":\"docs\",\"label\":\"Belgeler\"}"), null);

        assertThat(form.root().getElement().getTextRecursively())
                .isEqualTo("This form element cannot be shown in the inbox: \"Belgeler\" (filepicker). Please tell the process owner.");
    }

    @Test
    void leaves_out_the_form_js_submit_button_because_the_inbox_has_its_own_actions() {
        RenderedForm form = turkish().render(sample("feasibility-assessment.form"), Map.of());

        assertThat(all(form.root(), Button.class)).isEmpty();
    }

    @Test
    void every_field_has_a_visible_label_and_required_fields_are_marked() {
        RenderedForm form = turkish().render(sample("feasibility-assessment.form"), Map.of());

        List<String> required = List.of("decision", "costEstimate", "publicExplanation", "legalCheck", "dueDate");
        for (FormComponent.Field f : form.definition().fields()) {
            Component c = form.field(f.key()).orElseThrow();
            assertThat(((InputField<?, ?>) c).getLabel()).as(f.key()).isNotBlank();
            assertThat(((HasValue<?, ?>) c).isRequiredIndicatorVisible()).as(f.key())
                    .isEqualTo(required.contains(f.key()));
        }
        assertThat(field(form, "dueDate", DatePicker.class).getLabel()).isEqualTo("Tamamlanma tarihi");
    }

    @Test
    void a_field_without_a_label_is_labelled_with_its_variable_name() {
        RenderedForm form = turkish().render(single("{\"type\":\"textfield\",\"key\":\"referenceNo\"}"), null);

        assertThat(field(form, "referenceNo", TextField.class).getLabel()).isEqualTo("referenceNo");
    }

    @Test
    void shows_descriptions_as_helper_text_and_adorners_around_the_input() {
        RenderedForm form = turkish().render(sample("feasibility-assessment.form"), Map.of());

        BigDecimalField cost = field(form, "costEstimate", BigDecimalField.class);
        assertThat(cost.getHelperText()).isEqualTo("KDV dahil, Türk lirası");
        assertThat(cost.getSuffixComponent().getElement().getText()).isEqualTo("₺");
    }

    @Test
    void uses_english_labels_descriptions_and_text_from_custom_properties_for_english_readers() {
        RenderedForm form = english().render(sample("feasibility-assessment.form"),
                Map.of("proposalTitle", "Parka gölgelik", "neighbourhoodName", "Alsancak"));

        assertThat(field(form, "costEstimate", BigDecimalField.class).getLabel()).isEqualTo("Cost estimate");
        assertThat(field(form, "costEstimate", BigDecimalField.class).getHelperText()).isEqualTo("Including VAT, in Turkish lira");
        assertThat(field(form, "dueDate", DatePicker.class).getLabel()).isEqualTo("Completion date");
        assertThat(field(form, "legalCheck", Checkbox.class).getLabel()).isEqualTo("Legal check done");
        assertThat(all(form.root(), Html.class).get(0).getInnerHtml()).contains("Feasibility assessment")
                .contains("<strong>Parka gölgelik</strong>");
    }

    @Test
    void keeps_the_owners_turkish_label_for_english_readers_when_no_english_one_is_given() {
        RenderedForm form = english().render(sample("proposal-screening.form"), Map.of());

        assertThat(field(form, "screeningNote", TextArea.class).getLabel()).isEqualTo("Not");
        assertThat(all(form.root(), FieldSet.class).get(0).getLegendText()).isEqualTo("Contacting the applicant");
    }

    @Test
    void shows_turkish_labels_by_default() {
        RenderedForm form = turkish().render(sample("feasibility-assessment.form"), Map.of());

        assertThat(field(form, "costEstimate", BigDecimalField.class).getLabel()).isEqualTo("Tahmini maliyet");
    }

    @Test
    void prefills_fields_from_process_variables_of_the_types_camunda_returns() {
        Map<String, Object> vars = new HashMap<>();
        vars.put("decision", "feasible");
        vars.put("costEstimate", 125000L);
        vars.put("timeline", "3 ay");
        vars.put("publicExplanation", "Gölgelik yapılabilir, bütçe yeterli.");
        vars.put("legalCheck", true);
        vars.put("risks", List.of("weather", "permit"));
        vars.put("dueDate", "2026-04-15");
        RenderedForm form = turkish().render(sample("feasibility-assessment.form"), vars);

        assertThat(field(form, "decision", RadioButtonGroup.class).getValue()).isEqualTo("feasible");
        assertThat(field(form, "costEstimate", BigDecimalField.class).getValue()).isEqualByComparingTo("125000");
        assertThat(field(form, "timeline", TextField.class).getValue()).isEqualTo("3 ay");
        assertThat(field(form, "legalCheck", Checkbox.class).getValue()).isTrue();
        assertThat(field(form, "risks", CheckboxGroup.class).getValue()).isEqualTo(Set.of("weather", "permit"));
        assertThat(field(form, "dueDate", DatePicker.class).getValue()).isEqualTo(LocalDate.of(2026, 4, 15));
    }

    @Test
    void prefills_times_and_date_times_from_iso_text_with_or_without_an_offset() {
        RenderedForm form = turkish().render(sample("every-component.form"),
                Map.of("startTime", "14:30:00", "setupAt", "2026-03-02T11:30:00Z", "attendance", "120"));

        assertThat(field(form, "startTime", TimePicker.class).getValue()).isEqualTo(LocalTime.of(14, 30));
        assertThat(field(form, "setupAt", DateTimePicker.class).getValue()).isEqualTo(LocalDateTime.of(2026, 3, 2, 14, 30));
        assertThat(field(form, "attendance", BigDecimalField.class).getValue()).isEqualByComparingTo("120");
    }

    @Test
    void uses_the_form_default_only_when_the_process_has_no_value() {
        assertThat(field(turkish().render(sample("every-component.form"), Map.of()), "reference", TextField.class)
                .getValue()).isEqualTo("BZ-");
        assertThat(field(turkish().render(sample("every-component.form"), Map.of("reference", "BZ-77")), "reference",
                TextField.class).getValue()).isEqualTo("BZ-77");
    }

    @Test
    void ignores_a_prefilled_choice_that_is_not_an_option_of_an_editable_field() {
        RenderedForm form = turkish().render(sample("feasibility-assessment.form"), Map.of("decision", "maybe"));

        assertThat(field(form, "decision", RadioButtonGroup.class).getValue()).isNull();
    }

    @Test
    void values_have_the_documented_camunda_types() {
        RenderedForm form = turkish().render(sample("every-component.form"), EVENT_DATA);
        field(form, "reference", TextField.class).setValue("BZ-2026");
        field(form, "summary", TextArea.class).setValue("Atölye");
        field(form, "attendance", BigDecimalField.class).setValue(new BigDecimal("120"));
        field(form, "area", BigDecimalField.class).setValue(new BigDecimal("40.5"));
        selectValue(form, "park", "kulturpark");
        selectValue(form, "district", "konak");
        selectValue(form, "supportLevel", "full");
        selectValue(form, "computed", "b");
        field(form, "commercial", Checkbox.class).setValue(true);
        field(form, "equipment", CheckboxGroup.class).setValue(Set.of("sound", "tent"));
        field(form, "eventDate", DatePicker.class).setValue(LocalDate.of(2026, 3, 2));
        field(form, "startTime", TimePicker.class).setValue(LocalTime.of(14, 30));
        field(form, "setupAt", DateTimePicker.class).setValue(LocalDateTime.of(2026, 3, 2, 14, 30));

        Map<String, Object> values = form.values();

        assertThat(values).containsExactly(
                Map.entry("reference", "BZ-2026"),
                Map.entry("summary", "Atölye"),
                Map.entry("attendance", 120L),
                Map.entry("area", 40.5d),
                Map.entry("park", "kulturpark"),
                Map.entry("district", "konak"),
                Map.entry("supportLevel", "full"),
                Map.entry("commercial", true),
                Map.entry("equipment", List.of("tent", "sound")),
                Map.entry("eventDate", "2026-03-02"),
                Map.entry("startTime", "14:30"),
                Map.entry("setupAt", "2026-03-02T14:30"),
                Map.entry("computed", "b"));
    }

    @Test
    void a_number_without_fixed_decimal_digits_is_always_a_double_even_when_whole() {
        RenderedForm form = turkish().render(sample("feasibility-assessment.form"), Map.of("costEstimate", 125000L));

        assertThat(form.values().get("costEstimate")).isEqualTo(125000.0d);
    }

    @Test
    void empty_fields_give_null_false_or_an_empty_list() {
        RenderedForm form = turkish().render(sample("every-component.form"), Map.of());
        field(form, "reference", TextField.class).setValue("   ");

        Map<String, Object> values = form.values();

        assertThat(values).containsEntry("reference", null).containsEntry("attendance", null)
                .containsEntry("park", null).containsEntry("commercial", false)
                .containsEntry("equipment", List.of()).containsEntry("eventDate", null).containsEntry("setupAt", null);
    }

    @Test
    void shows_read_only_and_disabled_process_data_without_submitting_it() {
        RenderedForm form = turkish().render(sample("every-component.form"), EVENT_DATA);

        TextField name = field(form, "groupName", TextField.class);
        assertThat(name.isReadOnly()).isTrue();
        assertThat(name.getValue()).isEqualTo("Karşıyaka Gençlik Derneği");
        BigDecimalField standing = field(form, "groupStanding", BigDecimalField.class);
        assertThat(standing.isReadOnly()).isTrue();
        assertThat(standing.getValue()).isEqualByComparingTo("4.5");
        assertThat(form.values()).doesNotContainKeys("groupName", "groupStanding");
    }

    @Test
    void a_read_only_choice_shows_the_process_value_even_when_it_is_not_an_option() {
        RenderedForm form = turkish().render(single("""
                {"type":"select","key":"status","label":"Durum","readonly":true,
                 "values":[{"label":"Açık","value":"open"}]}"""), Map.of("status", "archived"));

        Select<?> status = field(form, "status", Select.class);
        assertThat(status.getValue()).isEqualTo("archived");
        assertThat(status.isReadOnly()).isTrue();
    }

    @Test
    void takes_options_from_the_variable_named_by_values_key() {
        RenderedForm maps = turkish().render(sample("every-component.form"), EVENT_DATA);
        RadioButtonGroup<String> support = radio(maps, "supportLevel");
        assertThat(support.getListDataView().getItems()).containsExactly("basic", "full");
        assertThat(support.getItemLabelGenerator().apply("full")).isEqualTo("Tam");

        RenderedForm strings = turkish().render(sample("every-component.form"),
                Map.of("supportLevels", List.of("Temel", "Tam")));
        assertThat(radio(strings, "supportLevel").getListDataView().getItems()).containsExactly("Temel", "Tam");

        RenderedForm json = turkish().render(sample("every-component.form"),
                Map.of("supportLevels", "[{\"label\":\"Temel\",\"value\":\"basic\"}]"));
        assertThat(radio(json, "supportLevel").getListDataView().getItems()).containsExactly("basic");

        RenderedForm none = turkish().render(sample("every-component.form"), Map.of());
        assertThat(radio(none, "supportLevel").getListDataView().getItems()).isEmpty();
    }

    @Test
    void values_key_options_feed_a_searchable_select() {
        RenderedForm form = turkish().render(sample("proposal-screening.form"), Map.of("openProposals",
                List.of(Map.of("label", "#12 Parka bank", "value", "P-12"), Map.of("label", "#15 Aydınlatma", "value", "P-15"))));

        @SuppressWarnings("unchecked")
        ComboBox<String> duplicateOf = field(form, "duplicateOf", ComboBox.class);
        assertThat(duplicateOf.getListDataView().getItems()).containsExactly("P-12", "P-15");
        assertThat(duplicateOf.getItemLabelGenerator().apply("P-15")).isEqualTo("#15 Aydınlatma");
    }

    @Test
    void option_labels_are_shown_and_option_values_are_submitted() {
        RenderedForm form = turkish().render(sample("proposal-screening.form"), Map.of());
        @SuppressWarnings("unchecked")
        Select<String> result = field(form, "screeningResult", Select.class);

        assertThat(result.getItemLabelGenerator().apply("out-of-scope")).isEqualTo("Kapsam dışı");
        result.setValue("out-of-scope");
        assertThat(form.values()).containsEntry("screeningResult", "out-of-scope");
    }

    @Test
    void escapes_a_script_written_into_a_text_component() {
        RenderedForm form = turkish().render(single(
                "{\"type\":\"text\",\"text\":\"Merhaba <script>alert(1)</script> {{ name }}\"}"),
                Map.of("name", "<img src=x onerror=alert(2)>"));

        Html html = all(form.root(), Html.class).get(0);
        assertThat(html.getInnerHtml()).doesNotContain("<script").doesNotContain("<img")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html.getElement().getTextRecursively()).doesNotContain("<script");
    }

    @Test
    void date_pickers_speak_turkish_to_turkish_readers() {
        RenderedForm form = turkish().render(sample("feasibility-assessment.form"), Map.of());

        DatePicker.DatePickerI18n i18n = field(form, "dueDate", DatePicker.class).getI18n();
        assertThat(i18n.getMonthNames().get(0)).isEqualTo("Ocak");
        assertThat(i18n.getToday()).isEqualTo("Bugün");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
    }

    @Test
    void past_dates_cannot_be_picked_when_the_form_disallows_them() {
        RenderedForm form = turkish().render(sample("every-component.form"), Map.of());

        assertThat(field(form, "eventDate", DatePicker.class).getMin()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void time_pickers_step_by_the_forms_time_interval() {
        RenderedForm form = turkish().render(single(
                "{\"type\":\"datetime\",\"subtype\":\"time\",\"key\":\"t\",\"timeInterval\":30}"), null);

        assertThat(field(form, "t", TimePicker.class).getStep()).isEqualTo(java.time.Duration.ofMinutes(30));
        assertThat(field(turkish().render(sample("every-component.form"), Map.of()), "startTime", TimePicker.class)
                .getStep()).isEqualTo(java.time.Duration.ofMinutes(15));
    }

    @Test
    void the_messages_bean_factory_picks_english_for_any_english_locale() {
        RenderedForm form = FormRenderer.of(FormsFixtures.MESSAGES, java.util.Locale.US)
                .render(sample("feasibility-assessment.form"), Map.of());

        assertThat(field(form, "decision", RadioButtonGroup.class).getLabel()).isEqualTo("Decision");
        assertThat(form.validate().get(0).message()).isEqualTo("This field is required.");
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> radio(RenderedForm form, String key) {
        return field(form, key, RadioButtonGroup.class);
    }

    @SuppressWarnings("unchecked")
    private static void selectValue(RenderedForm form, String key, String value) {
        ((HasValue<?, String>) form.field(key).orElseThrow()).setValue(value);
    }
}
