package tr.bel.izmir.bizizmir.voting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;
import tr.bel.izmir.bizizmir.voting.Consultations;

/** The municipality's questions to citizens (participatory decision-making), newest first. */
@Route("consultations")
@AnonymousAllowed
@Menu(title = "nav.consultations", order = 22, icon = "vaadin:comments-o")
class ConsultationsView extends TranslatedView {

    ConsultationsView(Consultations consultations) {
        super("consultation.list.title");
        add(new Paragraph(getTranslation("consultation.list.intro")));
        var cards = new Div();
        cards.setId("consultations");
        cards.addClassName("vote-cards");
        var all = consultations.all();
        if (all.isEmpty()) {
            cards.add(new Paragraph(getTranslation("consultation.list.none")));
        }
        for (var c : all) {
            var vote = consultations.voteOf(c.getId());
            var card = new Div();
            card.addClassNames("card", "vote-card");
            var open = new RouterLink(getTranslation("consultation.list.open"), ConsultationView.class, c.getId());
            open.setId("open-consultation-" + c.getId());
            card.add(new H2(c.getTitle()), VoteUi.status(this, vote), new Paragraph(c.getQuestion()),
                    new Paragraph(VoteUi.period(this, vote, getLocale())), new Div(open));
            cards.add(card);
        }
        add(cards);
    }
}
