package tr.bel.izmir.bizizmir.parkevent.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.parkevent.LivingPark;
import tr.bel.izmir.bizizmir.parkevent.ParkEventApplications;
import tr.bel.izmir.bizizmir.parkevent.PublicEvent;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.time.Clock;
import java.time.Duration;

/** The public Living Parks calendar: the parks, and approved events of the coming months. */
@Route("parks")
@AnonymousAllowed
@Menu(title = "nav.parks", order = 40, icon = "vaadin:calendar")
class ParksView extends TranslatedView {

    ParksView(ParkEventApplications applications, Clock clock) {
        super("parks.title");
        add(new Paragraph(getTranslation("parks.intro")));
        var feed = new Anchor("/api/v1/public/parks/events.ics", getTranslation("parks.ics"));
        feed.getElement().setAttribute("type", "text/calendar");
        add(new Paragraph(feed));

        add(new H2(getTranslation("parks.events")));
        var now = clock.instant();
        var events = new Grid<PublicEvent>();
        events.addColumn(e -> IzmirTime.formatDateTime(e.startsAt().atZone(IzmirTime.ZONE), getLocale()))
                .setHeader(getTranslation("parks.column.when")).setAutoWidth(true);
        events.addColumn(PublicEvent::title).setHeader(getTranslation("parks.column.event")).setFlexGrow(2);
        events.addColumn(e -> getTranslation("parks.activity." + e.activity().name()))
                .setHeader(getTranslation("parks.column.activity")).setAutoWidth(true);
        events.addColumn(e -> e.parkName() + " — " + e.areaName()).setHeader(getTranslation("parks.column.where")).setFlexGrow(2);
        events.addColumn(PublicEvent::groupName).setHeader(getTranslation("parks.column.group")).setFlexGrow(1);
        events.setItems(applications.publicEvents(now, now.plus(Duration.ofDays(366))));
        events.setEmptyStateText(getTranslation("parks.empty"));
        events.setAllRowsVisible(true);
        add(events);

        add(new H2(getTranslation("parks.parks")));
        var parks = new Grid<LivingPark>();
        parks.addColumn(LivingPark::getName).setHeader(getTranslation("parks.column.park")).setFlexGrow(2);
        parks.addColumn(p -> getTranslation("parks.hours", p.getOpeningHour(), p.getClosingHour()))
                .setHeader(getTranslation("parks.column.hours")).setAutoWidth(true);
        parks.setItems(applications.parks());
        parks.setAllRowsVisible(true);
        add(parks);
    }
}
