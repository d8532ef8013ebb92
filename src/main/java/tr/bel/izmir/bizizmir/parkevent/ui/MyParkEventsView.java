package tr.bel.izmir.bizizmir.parkevent.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.parkevent.CivicGroups;
import tr.bel.izmir.bizizmir.parkevent.ParkEventApplications;
import tr.bel.izmir.bizizmir.parkevent.ParkEventApplications.MyApplication;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.PhoneCards;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.util.ArrayList;
import java.util.List;

/**
 * "My park events": the group representative's applications with status, what to do next and
 * by when; each opens its page to revise, report or withdraw. The groups' standing is shown too,
 * since the eligibility table reads it.
 */
@Route("my/park-events")
@RolesAllowed(AppRoles.CIVIC_GROUP)
@Menu(title = "nav.my-park-events", order = 41, icon = "vaadin:tree-table")
class MyParkEventsView extends TranslatedView {

    MyParkEventsView(ParkEventApplications applications, CivicGroups civicGroups) {
        super("parks.my.title");
        var apply = new RouterLink(getTranslation("parks.apply-link"), ApplyParkEventView.class);
        apply.setId("my-apply");
        add(new Div(apply));

        var grid = new Grid<MyApplication>();
        grid.setId("my-park-events");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(m -> new Div(link(m), new Div(new Span(whenAndWhere(m)))))
                .setHeader(getTranslation("parks.column.event")).setFlexGrow(3);
        grid.addComponentColumn(m -> ParkUi.statusBadge(this, m.application().getStatus()))
                .setHeader(getTranslation("parks.column.status")).setAutoWidth(true);
        grid.addColumn(this::nextStep)
                .setHeader(getTranslation("parks.column.next")).setFlexGrow(2);
        grid.addColumn(this::due)
                .setHeader(getTranslation("parks.column.due")).setAutoWidth(true);
        List<MyApplication> mine = applications.myApplicationsWithSteps();
        grid.setItems(mine);
        grid.setEmptyStateText(getTranslation("parks.my.empty"));
        grid.setAllRowsVisible(true);
        var cards = PhoneCards.of("my-park-events-cards", mine, this::link, m -> {
            List<Component> lines = new ArrayList<>(List.of(ParkUi.statusBadge(this, m.application().getStatus()),
                    new Paragraph(whenAndWhere(m)),
                    new Paragraph(getTranslation("parks.column.next") + ": " + nextStep(m))));
            if (m.dueAt() != null) {
                lines.add(new Paragraph(getTranslation("parks.column.due") + ": " + due(m)));
            }
            return lines;
        });
        if (mine.isEmpty()) {
            cards.add(new Paragraph(getTranslation("parks.my.empty")));
        }
        add(PhoneCards.wideOnly(grid), cards);

        var groups = new UnorderedList();
        groups.setId("my-groups");
        civicGroups.mine().forEach(g -> groups.add(new ListItem(g.isRegistered()
                ? getTranslation("parks.my.group", g.getName(), g.getStanding())
                : getTranslation("parks.apply.group-unregistered", g.getName()))));
        add(new H2(getTranslation("parks.my.groups")), groups);
    }

    private Anchor link(MyApplication m) {
        return new Anchor("my/park-events/" + m.application().getId(), m.application().getTitle());
    }

    private String whenAndWhere(MyApplication m) {
        return IzmirTime.formatDateTime(m.application().getStartsAt(), getLocale()) + " · " + m.parkName() + " — " + m.areaName();
    }

    private String nextStep(MyApplication m) {
        return getTranslation("parks.next." + m.nextStep().name());
    }

    private String due(MyApplication m) {
        return m.dueAt() == null ? "" : IzmirTime.formatDateTime(m.dueAt(), getLocale());
    }
}
