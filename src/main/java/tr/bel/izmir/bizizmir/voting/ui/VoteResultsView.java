package tr.bel.izmir.bizizmir.voting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.shared.ui.Badge;
import tr.bel.izmir.bizizmir.shared.ui.PhoneCards;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;
import tr.bel.izmir.bizizmir.voting.PublicVotes;
import tr.bel.izmir.bizizmir.voting.VoteControls;
import tr.bel.izmir.bizizmir.voting.VoteResults;

import java.util.List;

/**
 * Public results of a closed vote: votes per option (overall and per district), turnout, the
 * receipt check and the full list of counted receipts. No voter appears anywhere.
 */
@Route("votes/results")
@AnonymousAllowed
class VoteResultsView extends TranslatedView implements HasUrlParameter<Long> {

    private final PublicVotes votes;
    private final VoteControls controls;
    private final Div content = new Div();

    VoteResultsView(PublicVotes votes, VoteControls controls) {
        super("vote.results.title");
        this.votes = votes;
        this.controls = controls;
        add(content);
    }

    @Override
    public void setParameter(BeforeEvent event, Long voteId) {
        var vote = votes.require(voteId);
        content.removeAll();
        content.add(new H2(vote.getTitle()), VoteUi.status(this, vote), new Paragraph(VoteUi.period(this, vote, getLocale())),
                VoteUi.controlNotes(this, vote, controls.history(voteId), getLocale()));
        if (!VoteUi.closed(vote)) {
            content.add(new Paragraph(getTranslation("vote.error.not-closed")),
                    new Paragraph(VoteUi.participants(this, vote, votes.participants(voteId))));
            return;
        }
        VoteResults results = votes.results(voteId);
        content.add(new Paragraph(getTranslation("vote.results.turnout", results.ballots())));
        var grid = new Grid<VoteResults.OptionResult>();
        grid.setId("results");
        grid.addColumn(r -> r.option().label(getLocale())).setHeader(getTranslation("vote.results.option")).setFlexGrow(3);
        grid.addColumn(r -> r.option().getCost().map(c -> c.format(getLocale())).orElse(""))
                .setHeader(getTranslation("vote.results.cost"));
        grid.addColumn(VoteResults.OptionResult::votes).setHeader(getTranslation("vote.results.votes"));
        grid.addColumn(r -> share(r.votes(), results.ballots(), getLocale()))
                .setHeader(getTranslation("vote.results.share"));
        var ranked = results.options().stream().sorted((a, b) -> Long.compare(b.votes(), a.votes())).toList();
        grid.setItems(ranked);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        content.add(PhoneCards.wideOnly(grid), PhoneCards.of("results-cards", ranked,
                r -> new Span(r.option().label(getLocale())),
                r -> List.of(new Paragraph(getTranslation("vote.results.votes") + ": " + r.votes() + " · "
                        + share(r.votes(), results.ballots(), getLocale()) + r.option().getCost()
                        .map(c -> " · " + getTranslation("vote.results.cost") + ": " + c.format(getLocale())).orElse("")))));
        if (!results.districts().isEmpty() || results.districtOutcome() == VoteResults.DistrictOutcome.WITHHELD) {
            var byDistrict = new Div();
            byDistrict.setId("results-by-district");
            byDistrict.add(new H2(getTranslation("vote.results.by-district")));
            for (var district : results.districts()) {
                var line = new StringBuilder(district.other()
                        ? getTranslation("vote.results.other-districts", district.districtsMerged())
                        : district.districtName()).append(": ");
                results.options().forEach(o -> line.append(o.option().label(getLocale())).append(' ')
                        .append(district.votesByOption().getOrDefault(o.option().getId(), 0L)).append("  "));
                byDistrict.add(new Paragraph(line.toString().strip()));
            }
            // Small groups are never shown on their own; say so, and why (DD010).
            switch (results.districtOutcome()) {
                case MERGED -> byDistrict.add(note(getTranslation("vote.results.small-groups-merged",
                        results.minGroupSize())));
                case WITHHELD -> byDistrict.add(note(getTranslation("vote.results.small-groups-withheld",
                        results.minGroupSize())));
                case ALL_SHOWN -> { }
            }
            content.add(byDistrict);
        }
        content.add(receiptCheck(voteId), receiptList(voteId));
    }

    private static Paragraph note(String text) {
        var note = new Paragraph(text);
        note.setId("small-groups-note");
        return note;
    }

    /** A share as the reader's language writes it: "%100" in Turkish, "100%" in English. */
    static String share(long votes, long ballots, java.util.Locale locale) {
        double share = ballots == 0 ? 0 : (double) votes / ballots;
        return java.text.NumberFormat.getPercentInstance(tr.bel.izmir.bizizmir.shared.Messages.supported(locale)).format(share);
    }

    private Div receiptCheck(long voteId) {
        var box = new Div();
        box.addClassName("card");
        var code = new TextField(getTranslation("vote.receipt.code"));
        code.setId("receipt-input");
        code.setPlaceholder("XXXX-XXXX-XXXX");
        var answer = new Span();
        answer.setId("receipt-answer");
        answer.getElement().setAttribute("aria-live", "polite");
        var check = new Button(getTranslation("vote.check.button"), e -> {
            answer.removeAll();
            if (code.getValue().isBlank()) {
                answer.add(new Badge(getTranslation("vote.check.enter-code"), Badge.Tone.INFO));
                return;
            }
            boolean counted = votes.isCounted(voteId, code.getValue());
            answer.add(new Badge(getTranslation(counted ? "vote.check.counted" : "vote.check.not-found"),
                    counted ? Badge.Tone.SUCCESS : Badge.Tone.ERROR));
        });
        check.setId("receipt-check");
        var row = new HorizontalLayout(code, check);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        row.setWrap(true);
        box.add(new H2(getTranslation("vote.check.title")), new Paragraph(getTranslation("vote.check.intro")), row, answer);
        return box;
    }

    private Div receiptList(long voteId) {
        var box = new Div();
        var codes = votes.receiptCodes(voteId);
        box.add(new H2(getTranslation("vote.results.receipts", codes.size())));
        var list = new Paragraph(String.join("  ", codes));
        list.setId("receipt-list");
        list.getStyle().set("font-family", "monospace").set("word-spacing", "0.5em");
        box.add(list);
        return box;
    }
}
