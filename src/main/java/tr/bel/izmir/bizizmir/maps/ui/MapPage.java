package tr.bel.izmir.bizizmir.maps.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import tr.bel.izmir.bizizmir.shared.ui.MapPanel;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.util.Map;

/** What the three map pages share: the map, a legend that says each colour in words, the list. */
abstract class MapPage extends TranslatedView {

    MapPage(String titleKey) {
        super(titleKey);
        addClassName("map-page");
    }

    /** The legend: each colour beside its meaning (colour is never the only carrier). */
    UnorderedList legend(Map<MapPanel.Tone, String> meanings) {
        var legend = new UnorderedList();
        legend.addClassName("biz-map-legend");
        legend.getElement().setAttribute("aria-label", getTranslation("map.legend"));
        meanings.forEach((tone, text) -> {
            var swatch = new Span();
            swatch.addClassNames("biz-marker", "biz-marker-" + tone.name().toLowerCase(java.util.Locale.ROOT));
            swatch.getElement().setAttribute("aria-hidden", "true");
            legend.add(new ListItem(swatch, new Span(text)));
        });
        return legend;
    }

    /** The heading over the list, saying it holds what the map shows. */
    Div listSection(String headingKey, com.vaadin.flow.component.Component list) {
        var heading = new H2(getTranslation(headingKey));
        heading.setId(list.getId().orElse("map-list") + "-heading");
        list.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        var section = new Div(heading, list);
        section.addClassName("map-list-section");
        return section;
    }
}
