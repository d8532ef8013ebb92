package tr.bel.izmir.bizizmir.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.proposal.Proposal;
import tr.bel.izmir.bizizmir.proposal.ProposalSubmissions;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

/** "My proposals": everything the person submitted, with status, reason and withdrawal. */
@Route("my/proposals")
@RolesAllowed({AppRoles.CITIZEN, AppRoles.RESIDENT})
@Menu(title = "nav.my-proposals", order = 16, icon = "vaadin:user-card")
class MyProposalsView extends TranslatedView {

    private final ProposalSubmissions proposals;
    private final Grid<Proposal> grid = new Grid<>();

    MyProposalsView(ProposalSubmissions proposals) {
        super("my-proposals.title");
        this.proposals = proposals;
        grid.setId("my-proposals");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(p -> new Anchor("proposals/" + p.getId(), p.getTitle()))
                .setHeader(getTranslation("my-proposals.column.title")).setFlexGrow(3);
        grid.addComponentColumn(p -> ProposalStatusBadge.of(p.getStatus(), getTranslation("proposal.status." + p.getStatus().name())))
                .setHeader(getTranslation("my-proposals.column.status"));
        grid.addColumn(p -> "en".equals(getLocale().getLanguage()) ? p.getStatusReasonEn() : p.getStatusReasonTr())
                .setHeader(getTranslation("my-proposals.column.reason")).setFlexGrow(3);
        grid.addColumn(p -> IzmirTime.formatDateTime(p.getSubmittedAt(), getLocale()))
                .setHeader(getTranslation("my-proposals.column.submitted"));
        grid.addComponentColumn(p -> {
            var withdraw = new Button(getTranslation("my-proposals.withdraw"), e -> {
                proposals.withdraw(p.getId());
                Notifications.success(getTranslation("my-proposals.withdrawn"));
                refresh();
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            withdraw.setVisible(p.getStatus().isWithdrawable());
            return withdraw;
        });
        grid.setEmptyStateText(getTranslation("my-proposals.empty"));
        add(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(proposals.mine());
    }
}
