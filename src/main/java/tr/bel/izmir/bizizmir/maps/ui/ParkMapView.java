package tr.bel.izmir.bizizmir.maps.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.parkevent.LivingParkInfo;
import tr.bel.izmir.bizizmir.parkevent.ParkEventApplications;
import tr.bel.izmir.bizizmir.parkevent.PublicEvent;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.MapSettings;
import tr.bel.izmir.bizizmir.shared.ui.MapPanel;
import tr.bel.izmir.bizizmir.shared.ui.MapPanel.Tone;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Living Parks on a map with their approved events of the coming 90 days; a park with events
 * ahead is coloured apart. Below, the same parks as a list, each with its events.
 */
@Route("parks/map")
@AnonymousAllowed
class ParkMapView extends MapPage {

    static final Duration AHEAD = Duration.ofDays(90);

    ParkMapView(ParkEventApplications applications, MapSettings settings, Clock clock) {
        super("map.parks.title");
        add(new Paragraph(getTranslation("map.parks.intro", AHEAD.toDays())));
        var now = clock.instant();
        Map<Long, List<PublicEvent>> events = applications.publicEvents(now, now.plus(AHEAD)).stream()
                .collect(Collectors.groupingBy(PublicEvent::parkId, LinkedHashMap::new, Collectors.toList()));
        List<LivingParkInfo> parks = applications.parks().stream().filter(LivingParkInfo::isActive).toList();

        List<MapPanel.Marker> markers = parks.stream().map(p -> {
            var ahead = events.getOrDefault(p.getId(), List.of());
            String detail = ahead.isEmpty() ? getTranslation("map.parks.no-events")
                    : getTranslation("map.parks.events", ahead.size(), ahead.get(0).title(), when(ahead.get(0)));
            return new MapPanel.Marker(p.getLatitude(), p.getLongitude(), p.getName(), detail, "parks/" + p.getId(),
                    ahead.isEmpty() ? Tone.CLOSED : Tone.GOOD);
        }).toList();
        var map = MapPanel.of(settings, markers, false, getTranslation("map.parks.map-label"));
        map.setId("park-map");
        Map<Tone, String> legend = new LinkedHashMap<>();
        legend.put(Tone.GOOD, getTranslation("map.parks.legend-events"));
        legend.put(Tone.CLOSED, getTranslation("map.parks.legend-none"));
        add(map, legend(legend));

        // The list: every park, and under it each of its events with a link and its time.
        var list = new UnorderedList();
        list.setId("park-map-list");
        list.addClassName("biz-map-list");
        for (LivingParkInfo p : parks) {
            var item = new ListItem(new Anchor("parks/" + p.getId(), p.getName()));
            var ahead = events.getOrDefault(p.getId(), List.of());
            if (ahead.isEmpty()) {
                item.add(new Span(" · " + getTranslation("map.parks.no-events")));
            } else {
                var sub = new UnorderedList();
                for (PublicEvent e : ahead) {
                    sub.add(new ListItem(new Anchor(e.path(), e.title()), new Span(" · " + when(e))));
                }
                item.add(sub);
            }
            list.add(item);
        }
        add(listSection("map.parks.list", list));
    }

    private String when(PublicEvent e) {
        return IzmirTime.formatDateTime(e.startsAt(), getLocale());
    }
}
