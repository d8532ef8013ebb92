package tr.bel.izmir.bizizmir.assembly.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.shared.ui.FoldedFilter;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItems;
import tr.bel.izmir.bizizmir.assembly.AssemblyInfo;
import tr.bel.izmir.bizizmir.assembly.AssemblyDirectory;
import tr.bel.izmir.bizizmir.assembly.AssemblyMeetings;
import tr.bel.izmir.bizizmir.assembly.AssemblyMemberInfo;
import tr.bel.izmir.bizizmir.assembly.AssemblyMemberships;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.PhoneCards;
import tr.bel.izmir.bizizmir.shared.ui.RouteId;

import java.time.LocalDate;
import java.util.List;

/**
 * The public page of one assembly: its members with roles and terms, its advisory items, and
 * (for officers and admins) the roles to give. Signed-in visitors find the way to apply.
 */
@Route("assemblies/:id")
@AnonymousAllowed
class AssemblyPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AssemblyDirectory directory;
    private final AssemblyMemberships memberships;
    private final AdvisoryItems advisory;
    private final AssemblyMeetings meetings;
    private final NeighbourhoodCatalog neighbourhoods;
    private final CurrentUser currentUser;
    private String title = "";

    AssemblyPage(AssemblyDirectory directory, AssemblyMemberships memberships, AdvisoryItems advisory,
                 AssemblyMeetings meetings, NeighbourhoodCatalog neighbourhoods, CurrentUser currentUser) {
        this.meetings = meetings;
        this.directory = directory;
        this.memberships = memberships;
        this.advisory = advisory;
        this.neighbourhoods = neighbourhoods;
        this.currentUser = currentUser;
        addClassName("page");
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteId.find(event, directory::find).ifPresent(this::render);
    }

    private String term(AssemblyMemberInfo m) {
        String start = IzmirTime.formatDate(m.getTermStart(), getLocale());
        String end = m.getTermEnd() == null ? getTranslation("membership.term.open") : IzmirTime.formatDate(m.getTermEnd(), getLocale());
        return start + " – " + end;
    }

    private String role(AssemblyMemberInfo m) {
        return getTranslation("membership.role." + m.getRole().name());
    }

    private String serving(AssemblyMemberInfo m, LocalDate today) {
        return getTranslation(m.servesOn(today) ? "membership.serving" : "membership.not-serving");
    }

    private void render(AssemblyInfo assembly) {
        removeAll();
        title = assembly.getName();
        add(new H1(assembly.getName()), new Paragraph(neighbourhoods.require(assembly.getNeighbourhoodId()).getDisplayName()
                + " · " + getTranslation("assemblies.column.established") + ": " + IzmirTime.formatDate(assembly.getEstablishedOn(), getLocale())));
        var user = currentUser.get();
        if (user.isPresent()) {
            add(new Anchor("assembly/membership?assembly=" + assembly.getId(), getTranslation("membership.page.apply-link")));
        }

        var today = LocalDate.now(IzmirTime.ZONE);
        var grid = new Grid<AssemblyMemberInfo>();
        grid.setId("assembly-members");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        var members = memberships.membersOf(assembly.getId());
        // Names, not user names, on a public page.
        var names = memberships.names(members.stream().map(AssemblyMemberInfo::getUsername).toList());
        grid.addColumn(m -> names.get(m.getUsername())).setHeader(getTranslation("membership.column.member")).setFlexGrow(2);
        grid.addColumn(this::role).setHeader(getTranslation("membership.column.role"));
        grid.addColumn(this::term).setHeader(getTranslation("membership.column.term")).setFlexGrow(2);
        grid.addColumn(m -> serving(m, today)).setHeader(getTranslation("membership.column.status"));
        grid.setItems(members);
        grid.setAllRowsVisible(true);
        var memberCards = PhoneCards.of("assembly-members-cards", members, m -> new Span(names.get(m.getUsername())), m -> List.of(
                new Paragraph(getTranslation("membership.column.role") + ": " + role(m)),
                new Paragraph(getTranslation("membership.column.term") + ": " + term(m)),
                new Paragraph(getTranslation("membership.column.status") + ": " + serving(m, today))));
        var membersSection = new Section(new H2(getTranslation("membership.page.members")), PhoneCards.wideOnly(grid), memberCards);
        boolean staff = user.map(u -> u.hasRole(AppRoles.OFFICER) || u.hasRole(AppRoles.ADMIN)).orElse(false);
        if (staff) {
            membersSection.add(roleForm(assembly, members.stream().filter(m -> m.servesOn(today)).toList(), names));
        }
        add(membersSection);

        var items = new UnorderedList();
        items.setId("assembly-advisory-items");
        advisory.ofAssembly(assembly.getId()).forEach(i -> {
            var line = new ListItem(new Anchor("assembly/advisory/" + i.getId(), i.getTitle()));
            line.add(" — " + getTranslation("advisory.stage." + i.getStage().name()));
            items.add(line);
        });
        if (items.getChildren().findAny().isEmpty()) {
            items.add(new ListItem(getTranslation("membership.page.no-advisory")));
        }
        add(new Section(new H2(getTranslation("membership.page.advisory")), items));

        var meetingList = new com.vaadin.flow.component.html.Div();
        meetingList.setId("assembly-meetings");
        var all = meetings.ofAssembly(assembly.getId());
        if (all.isEmpty()) {
            meetingList.add(new Paragraph(getTranslation("meeting.none-public")));
        }
        all.forEach(view -> {
            var card = new com.vaadin.flow.component.html.Div();
            card.addClassName("card");
            card.add(new com.vaadin.flow.component.html.H3(IzmirTime.formatDateTime(view.meeting().getStartsAt(), getLocale())),
                    AssemblyMeetingsView.where(view, this::getTranslation),
                    new Paragraph(getTranslation("meeting.agenda")), AssemblyMeetingsView.agenda(view));
            AssemblyMeetingsView.cancelled(view, this::getTranslation).ifPresent(card::add);
            if (view.meeting().isRecorded()) {
                card.add(AssemblyMeetingsView.minutes(view, this::getTranslation));
            }
            meetingList.add(card);
        });
        add(new Section(new H2(getTranslation("meeting.public")), meetingList));
    }

    private HorizontalLayout roleForm(AssemblyInfo assembly, java.util.List<AssemblyMemberInfo> serving, java.util.Map<String, String> names) {
        var member = new ComboBox<AssemblyMemberInfo>(getTranslation("membership.column.member"));
        member.setItemLabelGenerator(m -> names.get(m.getUsername()));
        member.setItems(FoldedFilter.of(member), serving);
        member.setId("role-member");
        var role = new ComboBox<AssemblyMemberInfo.Role>(getTranslation("membership.column.role"));
        role.setItems(AssemblyMemberInfo.Role.values());
        role.setItemLabelGenerator(r -> getTranslation("membership.role." + r.name()));
        role.setId("role-role");
        var save = new Button(getTranslation("membership.page.assign-role"), e -> {
            if (member.getValue() == null) {
                member.setInvalid(true);
                return;
            }
            try {
                memberships.assignRole(member.getValue().getId(), role.getValue());
                Notifications.success(getTranslation("membership.page.role-assigned"));
                render(assembly);
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        save.setId("role-save");
        var form = new HorizontalLayout(member, role, save);
        form.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }
}
