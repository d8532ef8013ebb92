package tr.bel.izmir.bizizmir.tasks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;
import tr.bel.izmir.bizizmir.shared.ui.GroupNames;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

/** The first page of staff: how much work waits for them and their departments. */
@Route("staff")
@RolesAllowed({AppRoles.ASSEMBLY_MEMBER, AppRoles.ASSEMBLY_CHAIR, AppRoles.OFFICER, AppRoles.SUPERVISOR,
        AppRoles.PARK_MANAGER, AppRoles.MODERATOR, AppRoles.PROCESS_OWNER, AppRoles.ADMIN})
@Menu(title = "nav.staff-home", order = 100, icon = "vaadin:briefcase")
class StaffHomeView extends TranslatedView {

    StaffHomeView(TaskInbox inbox, CurrentUser currentUser) {
        super("staff.title");
        var user = currentUser.require();
        add(new Paragraph(getTranslation("staff.greeting", user.displayName())));
        var summary = inbox.summary();
        var tiles = new Div();
        tiles.addClassName("card-grid");
        tiles.setId("task-summary");
        tiles.add(tile("staff.assigned-to-me", summary.assignedToMe(), "assigned"),
                tile("staff.available", summary.availableToMyGroups(), "available"),
                tile("staff.due-today", summary.dueToday(), "due-today"),
                tile("staff.overdue", summary.overdue(), "overdue"));
        add(tiles);
        var groups = new Paragraph(getTranslation("staff.groups", GroupNames.list(this, user.candidateGroups())));
        groups.setId("candidate-groups");
        add(groups);
    }

    private Component tile(String key, long count, String id) {
        var tile = new Div();
        tile.addClassNames("card", "tile");
        tile.setId("tile-" + id);
        var number = new Span(Long.toString(count));
        number.addClassName("tile-number");
        tile.add(number, new Span(getTranslation(key)));
        return tile;
    }
}
