package tr.bel.izmir.bizizmir.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.proposal.ProposalInfo;
import tr.bel.izmir.bizizmir.proposal.ProposalSubmissions;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.PhoneCards;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.util.ArrayList;
import java.util.List;

/** "My proposals": everything the person submitted, with status, reason and withdrawal. */
@Route("my/proposals")
@RolesAllowed({AppRoles.CITIZEN, AppRoles.RESIDENT})
@Menu(title = "nav.my-proposals", order = 16, icon = "vaadin:user-card")
class MyProposalsView extends TranslatedView {

    private final ProposalSubmissions proposals;
    private final Grid<ProposalInfo> grid = new Grid<>();
    /** The same proposals as cards for phones; rebuilt with the grid after a withdrawal. */
    private Div cards = new Div();

    MyProposalsView(ProposalSubmissions proposals) {
        super("my-proposals.title");
        this.proposals = proposals;
        grid.setId("my-proposals");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::titleLink)
                .setHeader(getTranslation("my-proposals.column.title")).setFlexGrow(3);
        grid.addComponentColumn(this::statusBadge)
                .setHeader(getTranslation("my-proposals.column.status"));
        grid.addColumn(this::reason)
                .setHeader(getTranslation("my-proposals.column.reason")).setFlexGrow(3);
        grid.addColumn(p -> IzmirTime.formatDateTime(p.getSubmittedAt(), getLocale()))
                .setHeader(getTranslation("my-proposals.column.submitted"));
        grid.addComponentColumn(this::withdrawButton);
        grid.setEmptyStateText(getTranslation("my-proposals.empty"));
        add(PhoneCards.wideOnly(grid), cards);
        refresh();
    }

    private void refresh() {
        List<ProposalInfo> mine = proposals.mine();
        grid.setItems(mine);
        var fresh = PhoneCards.of("my-proposals-cards", mine, this::titleLink, p -> {
            List<Component> lines = new ArrayList<>();
            lines.add(statusBadge(p));
            if (reason(p) != null && !reason(p).isBlank()) {
                lines.add(new Paragraph(getTranslation("my-proposals.column.reason") + ": " + reason(p)));
            }
            lines.add(new Paragraph(getTranslation("my-proposals.column.submitted") + ": "
                    + IzmirTime.formatDateTime(p.getSubmittedAt(), getLocale())));
            lines.add(withdrawButton(p));
            return lines;
        });
        if (mine.isEmpty()) {
            fresh.add(new Paragraph(getTranslation("my-proposals.empty")));
        }
        replace(cards, fresh);
        cards = fresh;
    }

    private Anchor titleLink(ProposalInfo p) {
        return new Anchor("proposals/" + p.getId(), p.getTitle());
    }

    private Component statusBadge(ProposalInfo p) {
        return ProposalStatusBadge.of(p.getStatus(), getTranslation("proposal.status." + p.getStatus().name()));
    }

    private String reason(ProposalInfo p) {
        return "en".equals(getLocale().getLanguage()) ? p.getStatusReasonEn() : p.getStatusReasonTr();
    }

    private Button withdrawButton(ProposalInfo p) {
        var withdraw = new Button(getTranslation("my-proposals.withdraw"), e -> {
            proposals.withdraw(p.getId());
            Notifications.success(getTranslation("my-proposals.withdrawn"));
            refresh();
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        withdraw.setVisible(p.getStatus().isWithdrawable());
        return withdraw;
    }
}
