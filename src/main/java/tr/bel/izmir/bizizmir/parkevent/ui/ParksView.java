package tr.bel.izmir.bizizmir.parkevent.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.shared.ui.FoldedFilter;
import tr.bel.izmir.bizizmir.neighbourhood.DistrictInfo;
import tr.bel.izmir.bizizmir.parkevent.LivingParkInfo;
import tr.bel.izmir.bizizmir.parkevent.ParkEventApplications;
import tr.bel.izmir.bizizmir.parkevent.ParkManagement;
import tr.bel.izmir.bizizmir.parkevent.PublicEvent;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.PhoneCards;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The public Living Parks calendar: approved events of the coming year, filtered by district
 * and park, each linking to its event page; the parks with their pages; the iCalendar feed.
 */
@Route("parks")
@AnonymousAllowed
@Menu(title = "nav.parks", order = 40, icon = "vaadin:calendar")
class ParksView extends TranslatedView {

    private final List<PublicEvent> upcoming;
    private final Grid<PublicEvent> events = new Grid<>();
    private final ComboBox<DistrictInfo> district = new ComboBox<>();
    private final ComboBox<LivingParkInfo> park = new ComboBox<>();
    private final List<DistrictInfo> districts;
    /** The same events as cards for phones, rebuilt with the grid when the filter changes. */
    private Div eventCards = new Div();

    ParksView(ParkEventApplications applications, ParkManagement management, CurrentUser currentUser, Clock clock) {
        super("parks.title");
        add(new Paragraph(getTranslation("parks.intro")));
        var feed = new Anchor("/api/v1/public/parks/events.ics", getTranslation("parks.ics"));
        feed.setId("parks-ics");
        feed.getElement().setAttribute("type", "text/calendar");
        var map = new Anchor("parks/map", getTranslation("map.show"));
        map.setId("parks-map-link");
        var links = new FlexLayout(feed, map);
        links.addClassName("parks-links");
        links.getStyle().set("gap", "1em").set("flex-wrap", "wrap");
        if (currentUser.get().map(u -> u.hasRole(AppRoles.CIVIC_GROUP)).orElse(false)) {
            var apply = new RouterLink(getTranslation("parks.apply-link"), ApplyParkEventView.class);
            apply.setId("parks-apply");
            var mine = new RouterLink(getTranslation("parks.my-link"), MyParkEventsView.class);
            links.add(apply, mine);
        }
        if (currentUser.get().map(u -> u.hasRole(AppRoles.PARK_MANAGER) || u.hasRole(AppRoles.ADMIN)).orElse(false)) {
            links.add(new RouterLink(getTranslation("parks.manage-link"), ParkManagementView.class));
        }
        add(links);

        districts = management.districts();
        List<LivingParkInfo> parks = applications.parks();
        var now = clock.instant();
        upcoming = applications.publicEvents(now, now.plus(Duration.ofDays(366)));

        add(new H2(getTranslation("parks.events")));
        district.setId("parks-district");
        district.setLabel(getTranslation("parks.filter.district"));
        district.setClearButtonVisible(true);
        district.setItemLabelGenerator(DistrictInfo::getName);
        district.setItems(FoldedFilter.of(district), districts.stream().filter(d -> parks.stream().anyMatch(p -> p.getDistrictCode().equals(d.getCode()))).toList());
        park.setId("parks-park");
        park.setLabel(getTranslation("parks.filter.park"));
        park.setClearButtonVisible(true);
        park.setItemLabelGenerator(LivingParkInfo::getName);
        park.setItems(FoldedFilter.of(park), parks);
        district.addValueChangeListener(e -> {
            feed.setHref("/api/v1/public/parks/events.ics" + (e.getValue() == null ? "" : "?district=" + e.getValue().getCode()));
            park.setItems(FoldedFilter.of(park), parks.stream().filter(p -> e.getValue() == null || p.getDistrictCode().equals(e.getValue().getCode())).toList());
            filter();
        });
        park.addValueChangeListener(e -> filter());
        var filters = new FlexLayout(district, park);
        filters.getStyle().set("gap", "1em").set("flex-wrap", "wrap");
        add(filters);

        events.setId("parks-events");
        events.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        events.addColumn(this::when)
                .setHeader(getTranslation("parks.column.when")).setAutoWidth(true);
        events.addComponentColumn(this::eventLink).setHeader(getTranslation("parks.column.event")).setFlexGrow(2);
        events.addColumn(this::activity)
                .setHeader(getTranslation("parks.column.activity")).setAutoWidth(true);
        events.addColumn(this::where)
                .setHeader(getTranslation("parks.column.where")).setFlexGrow(2);
        events.addColumn(PublicEvent::groupName).setHeader(getTranslation("parks.column.group")).setFlexGrow(1);
        events.setEmptyStateText(getTranslation("parks.empty"));
        events.setAllRowsVisible(true);
        add(PhoneCards.wideOnly(events), eventCards);
        filter();

        add(new H2(getTranslation("parks.parks")));
        var cards = new Div();
        cards.setId("parks-list");
        cards.addClassName("park-cards");
        for (LivingParkInfo p : parks) {
            if (!p.isActive()) {
                continue;
            }
            var card = new Div();
            card.addClassName("park-card");
            var name = new Anchor("parks/" + p.getId(), p.getName());
            name.addClassName("park-card-name");
            var district = new Span(ParkUi.districtName(districts, p.getDistrictCode()));
            var hours = new Span(getTranslation("parks.hours", p.getOpeningHour(), p.getClosingHour()));
            card.add(name, new Paragraph(district, new Span(" · "), hours));
            if (p.getDescription() != null) {
                card.add(new Paragraph(p.getDescription()));
            }
            cards.add(card);
        }
        add(cards);
    }

    private void filter() {
        List<PublicEvent> shown = upcoming.stream()
                .filter(e -> district.getValue() == null || e.districtCode().equals(district.getValue().getCode()))
                .filter(e -> park.getValue() == null || Objects.equals(e.parkId(), park.getValue().getId()))
                .toList();
        events.setItems(shown);
        var cards = PhoneCards.of("parks-events-cards", shown, this::eventLink, e -> List.of(
                new Paragraph(getTranslation("parks.column.when") + ": " + when(e)),
                new Paragraph(getTranslation("parks.column.activity") + ": " + activity(e)),
                new Paragraph(getTranslation("parks.column.where") + ": " + where(e)),
                new Paragraph(getTranslation("parks.column.group") + ": " + e.groupName())));
        if (shown.isEmpty()) {
            cards.add(new Paragraph(getTranslation("parks.empty")));
        }
        replace(eventCards, cards);
        eventCards = cards;
    }

    private Anchor eventLink(PublicEvent e) {
        return new Anchor(e.path(), e.title());
    }

    private String when(PublicEvent e) {
        return IzmirTime.formatDateTime(e.startsAt().atZone(IzmirTime.ZONE), getLocale());
    }

    private String activity(PublicEvent e) {
        return getTranslation("parks.activity." + e.activity().name());
    }

    private String where(PublicEvent e) {
        return e.parkName() + " — " + e.areaName() + " (" + ParkUi.districtName(districts, e.districtCode()) + ")";
    }
}
