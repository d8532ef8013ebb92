package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.assembly.MembershipApplicationInfo;
import tr.bel.izmir.bizizmir.cases.CaseFile;
import tr.bel.izmir.bizizmir.cases.MembershipCases;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The case page of an application to join an assembly; applications have no public page. Who may see it: DD019. */
@Route("staff/cases/memberships/:id")
@RolesAllowed({AppRoles.ASSEMBLY_MEMBER, AppRoles.ASSEMBLY_CHAIR, AppRoles.OFFICER, AppRoles.SUPERVISOR,
        AppRoles.PARK_MANAGER, AppRoles.MODERATOR, AppRoles.PROCESS_OWNER, AppRoles.ADMIN})
class MembershipCasePage extends CasePage<CaseFile<MembershipCases.Content>> {

    private final MembershipCases cases;

    MembershipCasePage(MembershipCases cases, TaskInbox inbox, Messages messages, Clock clock) {
        super(inbox, messages, clock);
        this.cases = cases;
    }

    @Override
    CaseFile<MembershipCases.Content> load(long id) {
        return cases.file(id, getLocale());
    }

    @Override
    void render(CaseFile<MembershipCases.Content> file) {
        var c = file.content();
        var a = c.application();
        setCaseTitle(getTranslation("case.membership.title", a.getId(), c.assembly().getName()));
        add(new CaseHeader(getTranslation("case.membership.kicker", a.getId()),
                getTranslation("case.membership.heading", a.getId(), c.assembly().getName()), Optional.empty(), "case.membership.no-public-page"));
        var content = new MembershipCasePanel(c, null);
        content.setId("case-content");
        add(content, new CaseStateSection(state(a)));
        addTrail(file.trail(), text -> cases.addNote(a.getId(), text));
        add(new CaseRelatedSection().item(getTranslation("case.related.assembly"),
                new Anchor("assemblies/" + c.assembly().getId(), c.assembly().getName())).build());
    }

    private List<String> state(MembershipApplicationInfo a) {
        List<String> lines = new ArrayList<>();
        lines.add(getTranslation("case.state.stage", getTranslation("membership.status." + a.getStatus().name())));
        lines.add(getTranslation("case.membership.state.submitted", IzmirTime.formatDateTime(a.getSubmittedAt(), getLocale())));
        a.getDecidedAt().ifPresent(d -> lines.add(getTranslation("case.membership.state.decided",
                getTranslation("membership.status." + a.getStatus().name()), IzmirTime.formatDateTime(d, getLocale()))));
        return lines;
    }
}
