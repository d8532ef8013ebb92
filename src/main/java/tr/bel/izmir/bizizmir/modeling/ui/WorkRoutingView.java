package tr.bel.izmir.bizizmir.modeling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.modeling.WorkRouting;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.process.ModelNames;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.util.List;

/**
 * Departments and the work routed to them, as the deployed models route it (issue 13, item 2):
 * for each group, the tasks offered to it; for each proposal category, the department that checks
 * its feasibility. Routing lives in the models: this page reads it, and process owners change it
 * in the model editor it links to. Group and role names are shown by name, not id.
 */
@Route("staff/departments")
@RolesAllowed({AppRoles.ADMIN, AppRoles.COORDINATOR, AppRoles.PROCESS_OWNER, AppRoles.SUPERVISOR})
@Menu(title = "nav.departments", order = 110, icon = "vaadin:sitemap")
class WorkRoutingView extends TranslatedView {

    private final ModelNames names;

    WorkRoutingView(WorkRouting routing, CurrentUser currentUser, ModelNames names) {
        super("routing.title");
        this.names = names;
        add(new Paragraph(getTranslation("routing.intro")));
        boolean mayEdit = currentUser.get().map(u -> u.hasRole(AppRoles.PROCESS_OWNER) || u.hasRole(AppRoles.ADMIN)).orElse(false);

        var groups = new Div();
        groups.addClassName("card-grid");
        groups.setId("routing-groups");
        routing.tasksByGroup().forEach((group, tasks) -> groups.add(groupCard(group, tasks)));
        add(new Section(new H2(getTranslation("routing.groups")), groups));

        var categories = new UnorderedList();
        categories.setId("routing-categories");
        for (var route : routing.feasibilityRouting()) {
            categories.add(new ListItem(getTranslation("routing.category-route",
                    getTranslation("proposal.category." + route.category().code()), groupName(route.departmentGroup()))));
        }
        var feasibility = new Section(new H2(getTranslation("routing.feasibility")),
                new Paragraph(getTranslation("routing.feasibility.intro")), categories);
        feasibility.setId("routing-feasibility");
        routing.routingDecisionId().filter(id -> mayEdit).ifPresent(id -> {
            var edit = new Anchor("modeling/edit/" + id, getTranslation("routing.edit"));
            edit.setId("routing-edit");
            feasibility.add(edit);
        });
        if (!mayEdit) {
            feasibility.add(new Paragraph(getTranslation("routing.ask-process-owner")));
        }
        add(feasibility);
    }

    private Component groupCard(String group, List<WorkRouting.OfferedTask> tasks) {
        var card = new Div();
        card.addClassName("card");
        card.setId("routing-group-" + (group.isEmpty() ? "by-decision" : group));
        card.add(new H3(group.isEmpty() ? getTranslation("routing.by-decision") : groupName(group)));
        var list = new UnorderedList();
        for (var task : tasks) {
            list.add(new ListItem(getTranslation("routing.task", processName(task), taskName(task))));
        }
        card.add(list);
        return card;
    }

    /** A department or role by its name in the reader's language; an unknown group by its id. */
    private String groupName(String group) {
        if (group == null) {
            return getTranslation("routing.nobody");
        }
        for (String key : new String[]{"department." + group, "role." + group}) {
            String name = getTranslation(key);
            if (!name.startsWith("!")) {
                return name;
            }
        }
        return group;
    }

    private String processName(WorkRouting.OfferedTask task) {
        return names.process(task.processKey(), task.processName(), getLocale());
    }

    private String taskName(WorkRouting.OfferedTask task) {
        return names.step(task.processKey(), task.taskId(), task.taskName(), getLocale());
    }
}
