package tr.bel.izmir.bizizmir.shared.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import tr.bel.izmir.bizizmir.shared.IzmirArea;
import tr.bel.izmir.bizizmir.shared.MapSettings;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A Leaflet map (DD030): markers coloured by {@link Tone}, optionally clustered, or a picker for
 * one point. Leaflet is served from {@code vendor/bizizmir-maps} (built from {@code weblibs/}),
 * outside Vaadin's bundle like the modeler (DD005). The map is an extra: every marker is also in
 * the list {@link #list} builds, which is what keyboard and screen-reader users work with.
 */
public class MapPanel extends Div {

    static final String BASE = "context://vendor/bizizmir-maps/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A marker's colour; the same meaning is always said in words too (status text in the list). */
    public enum Tone {
        OPEN, PROGRESS, GOOD, BAD, CLOSED;

        String css() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One place: where, what (title, link) and a line of detail (status, dates). */
    public record Marker(BigDecimal latitude, BigDecimal longitude, String title, String detail, String href, Tone tone) {
    }

    private final String script;

    private MapPanel(String script) {
        this.script = script;
        addClassName("biz-map");
        getElement().setAttribute("role", "region");
    }

    /** A map of markers; {@code cluster} groups those close together into numbered bubbles. */
    public static MapPanel of(MapSettings settings, List<Marker> markers, boolean cluster, String label) {
        Map<String, Object> config = config(settings);
        config.put("cluster", cluster);
        config.put("markers", markers.stream().filter(m -> m.latitude() != null && m.longitude() != null).map(m -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("lat", m.latitude().doubleValue());
            json.put("lng", m.longitude().doubleValue());
            json.put("title", m.title());
            json.put("detail", m.detail());
            json.put("href", m.href());
            json.put("kind", m.tone().css());
            return json;
        }).toList());
        var map = new MapPanel("BizMap.show(this, JSON.parse($0))");
        map.configJson = write(config);
        map.getElement().setAttribute("aria-label", label);
        return map;
    }

    /** A map to pick one point on; {@link #addPickListener} hears each pick. */
    public static MapPanel picker(MapSettings settings, BigDecimal latitude, BigDecimal longitude, String label) {
        Map<String, Object> config = config(settings);
        if (latitude != null && longitude != null) {
            config.put("point", List.of(latitude.doubleValue(), longitude.doubleValue()));
        }
        var map = new MapPanel("BizMap.picker(this, JSON.parse($0))");
        map.configJson = write(config);
        map.getElement().setAttribute("aria-label", label);
        return map;
    }

    private String configJson;

    private static Map<String, Object> config(MapSettings settings) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("tileUrl", settings.tileUrl());
        config.put("attribution", settings.attribution());
        config.put("center", List.of(IzmirArea.CENTRE[0], IzmirArea.CENTRE[1]));
        config.put("zoom", 10);
        return config;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Registration addPickListener(BiConsumer<BigDecimal, BigDecimal> listener) {
        return getElement().addEventListener("biz-map-pick", e -> listener.accept(
                        BigDecimal.valueOf(e.getEventData().getNumber("event.detail.lat")),
                        BigDecimal.valueOf(e.getEventData().getNumber("event.detail.lng"))))
                .addEventData("event.detail.lat").addEventData("event.detail.lng");
    }

    /** Moves the picked point (typed into the fields beside the map), or removes it with nulls. */
    public void place(BigDecimal latitude, BigDecimal longitude) {
        getElement().executeJs("if (this.__bizPlace) this.__bizPlace($0, $1)",
                latitude == null ? null : latitude.doubleValue(), longitude == null ? null : longitude.doubleValue());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        load(event.getUI().getPage());
        String lang = getLocale().getLanguage();
        Map<String, String> i18n = Map.of("zoomIn", getTranslation("map.zoom-in"), "zoomOut", getTranslation("map.zoom-out"),
                "chosen", getTranslation("map.chosen-point"));
        getElement().executeJs("""
                (async () => {
                  await new Promise(r => { const t = () => window.BizMap && window.L && L.markerClusterGroup ? r() : setTimeout(t, 50); t(); });
                  const config = JSON.parse($0);
                  config.i18n = JSON.parse($1);
                  this.setAttribute('lang', $2);
                  %s;
                })()""".formatted(script.replace("JSON.parse($0)", "config")), configJson, write(i18n), lang);
    }

    /** Leaflet, the cluster plugin and our glue (one script), once per page (Vaadin skips what it already loaded). */
    static void load(Page page) {
        for (String css : List.of("leaflet.css", "MarkerCluster.css", "MarkerCluster.Default.css", "biz-map.css")) {
            page.addStyleSheet(BASE + css);
        }
        page.addJavaScript(BASE + "bizizmir-maps.js");
    }

    /**
     * The markers as a list, for everyone who does not use the map: each entry the title (a link
     * where there is a page), its detail line and, for entries without a point, that they are not
     * on the map.
     */
    public static UnorderedList list(String id, List<Marker> markers, String notOnMap) {
        var list = new UnorderedList();
        list.setId(id);
        list.addClassName("biz-map-list");
        for (Marker m : markers) {
            var item = new ListItem();
            item.add(m.href() == null ? new Span(m.title()) : new Anchor(m.href(), m.title()));
            if (m.detail() != null && !m.detail().isBlank()) {
                item.add(new Span(" · " + m.detail()));
            }
            if (m.latitude() == null || m.longitude() == null) {
                item.add(new Span(" · " + notOnMap));
            }
            list.add(item);
        }
        return list;
    }
}
