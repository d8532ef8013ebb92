package tr.bel.izmir.bizizmir.assembly.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.shared.ui.FoldedFilter;
import tr.bel.izmir.bizizmir.assembly.AssemblyInfo;
import tr.bel.izmir.bizizmir.assembly.AssemblyDirectory;
import tr.bel.izmir.bizizmir.assembly.AssemblyMemberInfo;
import tr.bel.izmir.bizizmir.assembly.AssemblyMemberships;
import tr.bel.izmir.bizizmir.assembly.MembershipApplicationInfo;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.RequiredFields;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A person's assembly membership: the assemblies they serve on (and resign from), their applications, and a new application. */
@Route("assembly/membership")
@RolesAllowed({AppRoles.CITIZEN, AppRoles.RESIDENT, AppRoles.CIVIC_GROUP, AppRoles.ASSEMBLY_MEMBER, AppRoles.ASSEMBLY_CHAIR})
@Menu(title = "nav.assembly-membership", order = 103, icon = "vaadin:user-check")
class MyMembershipView extends TranslatedView implements BeforeEnterObserver {

    private final AssemblyMemberships memberships;
    private final Map<Long, AssemblyInfo> assemblies;
    private final Div memberOf = new Div();
    private final UnorderedList applications = new UnorderedList();
    private final ComboBox<AssemblyInfo> assembly = new ComboBox<>();

    MyMembershipView(AssemblyMemberships memberships, AssemblyDirectory directory) {
        super("membership.title");
        this.memberships = memberships;
        this.assemblies = directory.all().stream().collect(Collectors.toMap(AssemblyInfo::getId, Function.identity()));
        memberOf.setId("my-memberships");
        applications.setId("my-applications");
        add(new H2(getTranslation("membership.mine")), memberOf,
                new H2(getTranslation("membership.applications")), applications,
                new H2(getTranslation("membership.apply.heading")), applyForm(directory));
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("assembly").ifPresent(id -> {
            try {
                assembly.setValue(assemblies.get(Long.parseLong(id)));
            } catch (NumberFormatException ignored) {
                // an unknown assembly in the link leaves the choice to the person
            }
        });
    }

    private String name(long assemblyId) {
        return assemblies.containsKey(assemblyId) ? assemblies.get(assemblyId).getName() : "";
    }

    private void refresh() {
        memberOf.removeAll();
        var today = LocalDate.now(IzmirTime.ZONE);
        var mine = memberships.myMemberships();
        if (mine.isEmpty()) {
            memberOf.add(new Paragraph(getTranslation("membership.none")));
        }
        for (AssemblyMemberInfo m : mine) {
            var card = new Div();
            card.addClassName("card");
            card.setId("membership-" + m.getAssemblyId());
            String end = m.getTermEnd() == null ? getTranslation("membership.term.open") : IzmirTime.formatDate(m.getTermEnd(), getLocale());
            card.add(new H3(new Anchor("assemblies/" + m.getAssemblyId(), name(m.getAssemblyId()))),
                    new Paragraph(getTranslation("membership.role." + m.getRole().name()) + " · "
                            + IzmirTime.formatDate(m.getTermStart(), getLocale()) + " – " + end + " · "
                            + getTranslation(m.servesOn(today) ? "membership.serving" : "membership.not-serving")));
            if (m.servesOn(today)) {
                var resign = new Button(getTranslation("membership.resign"));
                resign.setId("resign-" + m.getAssemblyId());
                resign.addThemeVariants(ButtonVariant.LUMO_ERROR);
                resign.addClickListener(e -> {
                    try {
                        memberships.resign(m.getAssemblyId());
                        Notifications.success(getTranslation("membership.resigned"));
                        refresh();
                    } catch (DomainException ex) {
                        Notifications.error(getTranslation(ex.messageKey(), ex.args()));
                    }
                });
                card.add(resign);
            }
            memberOf.add(card);
        }
        applications.removeAll();
        var apps = memberships.myApplications();
        if (apps.isEmpty()) {
            applications.add(new ListItem(getTranslation("membership.applications.none")));
        }
        for (MembershipApplicationInfo a : apps) {
            var line = new ListItem(name(a.getAssemblyId()) + " — " + IzmirTime.formatDate(a.getSubmittedAt(), getLocale())
                    + " — " + getTranslation("membership.status." + a.getStatus().name())
                    + a.getRefusalReason().map(r -> ": " + r).orElse(""));
            line.setId("application-" + a.getId());
            applications.add(line);
        }
    }

    private Div applyForm(AssemblyDirectory directory) {
        assembly.setLabel(getTranslation("membership.apply.assembly"));
        assembly.setItems(FoldedFilter.of(assembly), directory.all());
        assembly.setItemLabelGenerator(AssemblyInfo::getName);
        assembly.setId("apply-assembly");
        assembly.setWidthFull();
        var kind = new RadioButtonGroup<MembershipApplicationInfo.Kind>(getTranslation("membership.apply.kind"));
        kind.setItems(MembershipApplicationInfo.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("membership.kind." + k.name()));
        kind.setValue(MembershipApplicationInfo.Kind.INDIVIDUAL);
        kind.setId("apply-kind");
        var initiative = new TextField(getTranslation("membership.apply.initiative"));
        initiative.setMaxLength(AssemblyMemberships.MAX_INITIATIVE);
        initiative.setWidthFull();
        initiative.setId("apply-initiative");
        initiative.setVisible(false);
        kind.addValueChangeListener(e -> initiative.setVisible(e.getValue() == MembershipApplicationInfo.Kind.INITIATIVE));
        var motivation = new TextArea(getTranslation("membership.apply.motivation"));
        motivation.setMaxLength(AssemblyMemberships.MAX_MOTIVATION);
        motivation.setHelperText(getTranslation("membership.apply.motivation-help", AssemblyMemberships.MIN_MOTIVATION));
        motivation.setWidthFull();
        motivation.setId("apply-motivation");
        var send = new Button(getTranslation("membership.apply.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("apply-send");
        send.addClickListener(e -> {
            if (assembly.getValue() == null) {
                assembly.setInvalid(true);
                assembly.setErrorMessage(getTranslation("membership.apply.assembly-required"));
                return;
            }
            if (!RequiredFields.filled(this, motivation)) {
                return;
            }
            try {
                memberships.apply(assembly.getValue().getId(), kind.getValue(), initiative.getValue(), motivation.getValue());
                Notifications.success(getTranslation("membership.apply.done"));
                motivation.clear();
                initiative.clear();
                refresh();
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        var form = new Div(new Paragraph(getTranslation("membership.apply.intro")), assembly, kind, initiative, motivation, send);
        form.addClassName("card");
        return form;
    }
}
