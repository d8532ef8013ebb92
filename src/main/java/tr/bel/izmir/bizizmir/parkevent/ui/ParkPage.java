package tr.bel.izmir.bizizmir.parkevent.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.parkevent.LivingParkInfo;
import tr.bel.izmir.bizizmir.parkevent.ParkAreaInfo;
import tr.bel.izmir.bizizmir.parkevent.ParkEventApplications;
import tr.bel.izmir.bizizmir.parkevent.ParkManagement;
import tr.bel.izmir.bizizmir.parkevent.PublicEvent;
import tr.bel.izmir.bizizmir.shared.IzmirTime;

import java.time.Clock;
import java.time.Duration;
import java.util.stream.Collectors;

/** A Living Park's public page: where it is (OpenStreetMap link), hours, areas, photos, closed days, events. */
@Route("parks/:parkId([0-9]+)")
@AnonymousAllowed
class ParkPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ParkEventApplications applications;
    private final ParkManagement management;
    private final Clock clock;
    private String title = "";

    ParkPage(ParkEventApplications applications, ParkManagement management, Clock clock) {
        this.applications = applications;
        this.management = management;
        this.clock = clock;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var park = event.getRouteParameters().getLong("parkId").flatMap(management::park);
        if (park.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(park.get());
    }

    private void render(LivingParkInfo p) {
        removeAll();
        title = p.getName();
        var heading = new H1(p.getName());
        heading.addClassName("page-title");
        add(heading);
        var districts = management.districts();
        var facts = new Paragraph(ParkUi.districtName(districts, p.getDistrictCode()) + " · "
                + getTranslation("parks.hours", p.getOpeningHour(), p.getClosingHour()) + " · "
                + p.getAllowedActivities().stream().map(a -> getTranslation("parks.activity." + a.name())).collect(Collectors.joining(", ")));
        facts.setId("park-facts");
        add(facts);
        if (!p.isActive()) {
            add(new Paragraph(getTranslation("parks.park.inactive")));
        }
        if (p.getDescription() != null) {
            add(new Paragraph(p.getDescription()));
        }
        var map = new Anchor(p.openStreetMapUrl(), getTranslation("parks.park.map", p.getLatitude().toPlainString(),
                p.getLongitude().toPlainString()), AnchorTarget.BLANK);
        map.setId("park-map");
        map.getElement().setAttribute("rel", "noopener");
        add(new Paragraph(map));

        var photoIds = management.photoIds(p.getId());
        if (!photoIds.isEmpty()) {
            add(new Section(new H2(getTranslation("parks.park.photos")),
                    ParkUi.gallery(this, "park-photos", photoIds, management::photo, "parks.park.photo-alt")));
        }

        var areas = new Grid<ParkAreaInfo>();
        areas.setId("park-areas");
        areas.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        areas.addColumn(ParkAreaInfo::getName).setHeader(getTranslation("parks.column.area")).setFlexGrow(2);
        areas.addColumn(a -> getTranslation("parks.capacity", a.getCapacity())).setHeader(getTranslation("parks.column.capacity"));
        areas.setItems(applications.areasOf(p.getId()));
        areas.setAllRowsVisible(true);
        add(new Section(new H2(getTranslation("parks.park.areas")), areas));

        var blackouts = management.upcomingBlackouts(p.getId());
        if (!blackouts.isEmpty()) {
            var list = new UnorderedList();
            list.setId("park-blackouts");
            blackouts.forEach(b -> list.add(new ListItem(IzmirTime.formatDate(b.day(), getLocale()) + " — "
                    + getTranslation("parks.blackout.kind." + b.kind().name()) + ": " + b.reason())));
            add(new Section(new H2(getTranslation("parks.park.blackouts")), list));
        }

        var now = clock.instant();
        var events = new UnorderedList();
        events.setId("park-events");
        applications.publicEvents(now, now.plus(Duration.ofDays(366))).stream().filter(e -> e.parkId() == p.getId())
                .forEach(e -> events.add(new ListItem(eventLink(e))));
        if (events.getChildren().findAny().isEmpty()) {
            events.add(new ListItem(getTranslation("parks.empty")));
        }
        var feed = new Anchor("/api/v1/public/parks/events.ics?park=" + p.getId(), getTranslation("parks.park.ics"));
        feed.setId("park-ics");
        feed.getElement().setAttribute("type", "text/calendar");
        add(new Section(new H2(getTranslation("parks.events")), events, new Paragraph(feed)));
    }

    private Anchor eventLink(PublicEvent e) {
        return new Anchor(e.path(), IzmirTime.formatDateTime(e.startsAt().atZone(IzmirTime.ZONE), getLocale())
                + " — " + e.title() + " (" + e.areaName() + ")");
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
