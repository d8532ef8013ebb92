package tr.bel.izmir.bizizmir.voting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;
import tr.bel.izmir.bizizmir.voting.Consultation;
import tr.bel.izmir.bizizmir.voting.ConsultationComment;
import tr.bel.izmir.bizizmir.voting.Consultations;
import tr.bel.izmir.bizizmir.voting.VoteControls;
import tr.bel.izmir.bizizmir.voting.VoteStatus;

/**
 * One consultation: the question with its documents, a link to the ballot (the same secret
 * ballot as PB votes), the results and the municipality's response once closed, and the
 * comments, which anyone signed in may report.
 */
@Route("consultations/view")
@AnonymousAllowed
class ConsultationView extends TranslatedView implements HasUrlParameter<Long> {

    private final Consultations consultations;
    private final CurrentUser currentUser;
    private final VoteControls controls;
    private final Div content = new Div();
    private final Div comments = new Div();
    private long consultationId;

    ConsultationView(Consultations consultations, CurrentUser currentUser, VoteControls controls) {
        super("consultation.title");
        this.consultations = consultations;
        this.controls = controls;
        this.currentUser = currentUser;
        comments.setId("comments");
        add(content, comments);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        consultationId = id;
        Consultation c = consultations.require(id);
        var vote = consultations.voteOf(id);
        content.removeAll();
        content.add(new H2(c.getTitle()), VoteUi.status(this, vote), new Paragraph(VoteUi.period(this, vote, getLocale())),
                VoteUi.controlNotes(this, vote, controls.history(vote.getId()), getLocale()),
                new Paragraph(c.getDescription()));
        var question = new Paragraph(c.getQuestion());
        question.getStyle().set("font-weight", "600");
        content.add(question);
        if (!c.getLinks().isEmpty()) {
            var links = new Div();
            links.add(new Span(getTranslation("consultation.documents") + " "));
            c.getLinks().forEach(l -> links.add(new Anchor(l, l, AnchorTarget.BLANK), new Span(" ")));
            content.add(links);
        }
        if (vote.getStatus() == VoteStatus.OPEN && currentUser.get().isPresent()) {
            var link = new RouterLink(getTranslation("consultation.vote"), BallotView.class, vote.getId());
            link.setId("consultation-vote");
            content.add(new Div(link));
        }
        if (VoteUi.closed(vote)) {
            content.add(new Div(new RouterLink(getTranslation("vote.list.results"), VoteResultsView.class, vote.getId())));
        }
        if (c.getResponse() != null) {
            var response = new Div();
            response.addClassName("card");
            response.setId("consultation-response");
            response.add(new H2(getTranslation("consultation.response")), new Paragraph(c.getResponse()),
                    new Paragraph(IzmirTime.formatDate(c.getRespondedAt(), getLocale())));
            content.add(response);
        }
        refreshComments();
    }

    private void refreshComments() {
        comments.removeAll();
        comments.add(new H2(getTranslation("consultation.comments")));
        var signedIn = currentUser.get().isPresent();
        for (ConsultationComment comment : consultations.comments(consultationId)) {
            var card = new Div();
            card.addClassName("card");
            card.setId("comment-" + comment.getId());
            card.add(new Paragraph(comment.getBody()),
                    new Span(IzmirTime.formatDateTime(comment.getCreatedAt(), getLocale()) + " "));
            if (signedIn) {
                var report = new Button(getTranslation("consultation.report"), e -> {
                    try {
                        consultations.report(comment.getId(), null);
                        Notifications.success(getTranslation("consultation.reported"));
                    } catch (DomainException ex) {
                        Notifications.error(getTranslation(ex.messageKey(), ex.args()));
                    }
                });
                report.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                report.setId("report-" + comment.getId());
                card.add(report);
            }
            comments.add(card);
        }
        if (signedIn) {
            var text = new TextArea(getTranslation("consultation.your-comment"));
            text.setId("comment-text");
            text.setWidthFull();
            text.setMaxLength(Consultations.COMMENT_MAX);
            var send = new Button(getTranslation("consultation.send-comment"), e -> {
                try {
                    consultations.comment(consultationId, text.getValue());
                    Notifications.success(getTranslation("consultation.commented"));
                    refreshComments();
                } catch (DomainException ex) {
                    Notifications.error(getTranslation(ex.messageKey(), ex.args()));
                }
            });
            send.setId("comment-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            comments.add(text, send);
        } else {
            comments.add(new Paragraph(getTranslation("consultation.sign-in-to-comment")));
        }
    }
}
