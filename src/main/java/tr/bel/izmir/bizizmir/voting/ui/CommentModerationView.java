package tr.bel.izmir.bizizmir.voting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Badge;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;
import tr.bel.izmir.bizizmir.voting.ConsultationComment;
import tr.bel.izmir.bizizmir.voting.Consultations;

/** Moderators: reported and hidden consultation comments, hidden or restored with one click. */
@Route("moderation/comments")
@RolesAllowed({AppRoles.MODERATOR, AppRoles.ADMIN})
@Menu(title = "nav.moderation", order = 105, icon = "vaadin:flag-o")
class CommentModerationView extends TranslatedView {

    private final Consultations consultations;
    private final Grid<ConsultationComment> grid = new Grid<>();

    CommentModerationView(Consultations consultations) {
        super("moderation.title");
        this.consultations = consultations;
        grid.setId("moderation");
        grid.addColumn(ConsultationComment::getBody).setHeader(getTranslation("moderation.comment")).setFlexGrow(4);
        grid.addColumn(ConsultationComment::getReportCount).setHeader(getTranslation("moderation.reports"));
        grid.addColumn(c -> IzmirTime.formatDateTime(c.getCreatedAt(), getLocale())).setHeader(getTranslation("moderation.written"));
        grid.addComponentColumn(c -> new Badge(getTranslation("moderation.status." + c.getStatus().name()),
                c.getStatus() == ConsultationComment.Status.HIDDEN ? Badge.Tone.WARNING : Badge.Tone.NEUTRAL))
                .setHeader(getTranslation("moderation.status"));
        grid.addComponentColumn(c -> {
            boolean hidden = c.getStatus() == ConsultationComment.Status.HIDDEN;
            var button = new Button(getTranslation(hidden ? "moderation.restore" : "moderation.hide"), e -> {
                if (hidden) {
                    consultations.restore(c.getId());
                } else {
                    consultations.hide(c.getId());
                }
                Notifications.success(getTranslation(hidden ? "moderation.restored" : "moderation.hidden"));
                refresh();
            });
            button.setId("moderate-" + c.getId());
            return button;
        });
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new Paragraph(getTranslation("moderation.intro")), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(consultations.moderationQueue());
    }
}
