package tr.bel.izmir.bizizmir.transparency.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import tr.bel.izmir.bizizmir.neighbourhood.DistrictInfo;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodInfo;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.transparency.StatisticsFilter;

import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The filters of the statistics pages: period (from, to), district, neighbourhood. They live in
 * the URL's query (so a filtered page can be shared and bookmarked); {@link #read} parses the
 * query, fills the fields with what it could read and throws the translated refusal of a filter
 * that cannot be applied, which the page shows instead of any figure.
 */
final class StatisticsFilterForm extends Div {

    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<DistrictInfo> district = new ComboBox<>();
    private final ComboBox<NeighbourhoodInfo> neighbourhood = new ComboBox<>();
    private final NeighbourhoodCatalog catalog;
    private final Class<? extends Component> route;

    StatisticsFilterForm(NeighbourhoodCatalog catalog, Class<? extends Component> route) {
        this.catalog = catalog;
        this.route = route;
        setId("statistics-filters");
        addClassName("statistics-filters");
        Locale locale = UI.getCurrent() == null ? Locale.getDefault() : UI.getCurrent().getLocale();
        from.setLabel(getTranslation("statistics.filter.from"));
        from.setId("filter-from");
        to.setLabel(getTranslation("statistics.filter.to"));
        to.setId("filter-to");
        for (DatePicker picker : List.of(from, to)) {
            picker.setLocale(locale);
            picker.setI18n(tr.bel.izmir.bizizmir.shared.ui.DatePickers.i18n(locale, this::getTranslation));
            picker.setClearButtonVisible(true);
        }
        Collator turkish = Collator.getInstance(Locale.forLanguageTag("tr"));
        district.setLabel(getTranslation("statistics.filter.district"));
        district.setId("filter-district");
        district.setItems(catalog.districts().stream().sorted(Comparator.comparing(DistrictInfo::getName, turkish)).toList());
        district.setItemLabelGenerator(DistrictInfo::getName);
        district.setClearButtonVisible(true);
        neighbourhood.setLabel(getTranslation("statistics.filter.neighbourhood"));
        neighbourhood.setId("filter-neighbourhood");
        neighbourhood.setItemLabelGenerator(NeighbourhoodInfo::getName);
        neighbourhood.setClearButtonVisible(true);
        neighbourhood.setEnabled(false);
        district.addValueChangeListener(e -> neighbourhoodsOf(e.getValue()));
        var apply = new Button(getTranslation("statistics.filter.apply"), e -> apply());
        apply.setId("filter-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var reset = new Button(getTranslation("statistics.filter.reset"),
                e -> UI.getCurrent().navigate(route, QueryParameters.empty()));
        reset.setId("filter-reset");
        var form = new FormLayout(from, to, district, neighbourhood);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2),
                new FormLayout.ResponsiveStep("1000px", 4));
        var buttons = new Div(apply, reset);
        buttons.addClassName("statistics-filter-buttons");
        add(form, buttons);
    }

    private void neighbourhoodsOf(DistrictInfo d) {
        neighbourhood.clear();
        if (d == null) {
            neighbourhood.setItems(List.of());
            neighbourhood.setEnabled(false);
            return;
        }
        Collator turkish = Collator.getInstance(Locale.forLanguageTag("tr"));
        neighbourhood.setItems(catalog.neighbourhoodsOf(d.getId()).stream()
                .sorted(Comparator.comparing(NeighbourhoodInfo::getName, turkish)).toList());
        neighbourhood.setEnabled(true);
    }

    /**
     * Parses the query into a filter and shows it in the fields; a bad filter's translated refusal
     * goes into {@code results} instead, and nothing is returned.
     */
    Optional<StatisticsFilter> read(QueryParameters query, HasComponents results) {
        try {
            return Optional.of(parse(query));
        } catch (StatisticsFilter.Invalid e) {
            results.add(refusal(e));
            return Optional.empty();
        }
    }

    private StatisticsFilter parse(QueryParameters query) {
        Map<String, List<String>> q = query.getParameters();
        String f = first(q, "from");
        String t = first(q, "to");
        String d = first(q, "district");
        String n = first(q, "neighbourhood");
        from.setValue(date(f));
        to.setValue(date(t));
        catalog.districts().stream().filter(x -> x.getCode().equals(d)).findFirst().ifPresent(district::setValue);
        if (n != null) {
            catalog.byCode(n).filter(x -> district.getValue() != null
                    && x.getDistrict().getId().equals(district.getValue().getId())).ifPresent(neighbourhood::setValue);
        }
        return StatisticsFilter.parse(f, t, d, n, catalog);
    }

    private void apply() {
        if (from.isInvalid() || to.isInvalid()) {
            return;
        }
        if (from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("statistics.error.period", from.getValue(), to.getValue()));
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (from.getValue() != null) {
            params.put("from", from.getValue().toString());
        }
        if (to.getValue() != null) {
            params.put("to", to.getValue().toString());
        }
        if (district.getValue() != null) {
            params.put("district", district.getValue().getCode());
        }
        if (neighbourhood.getValue() != null) {
            params.put("neighbourhood", neighbourhood.getValue().getCode());
        }
        UI.getCurrent().navigate(route, QueryParameters.simple(params));
    }

    private Paragraph refusal(DomainException e) {
        var p = new Paragraph(getTranslation(e.messageKey(), e.args()));
        p.setId("statistics-filter-error");
        p.addClassName("form-error");
        p.getElement().setAttribute("role", "alert");
        return p;
    }

    private static String first(Map<String, List<String>> q, String name) {
        List<String> values = q.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

}
