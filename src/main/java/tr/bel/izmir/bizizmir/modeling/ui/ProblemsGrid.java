package tr.bel.izmir.bizizmir.modeling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import tr.bel.izmir.bizizmir.modeling.ModelProblem;
import tr.bel.izmir.bizizmir.shared.ui.PhoneCards;

import java.util.List;

/**
 * Why a deployment was refused, one row per problem: file, element, translated reason, detail
 * (the attribute and what in it is not allowed). On a phone the same problems are cards.
 */
class ProblemsGrid extends Grid<ModelProblem> {

    ProblemsGrid(List<ModelProblem> problems) {
        setId("model-problems");
        setWidthFull();
        addColumn(ModelProblem::resource).setHeader(getTranslation("modeling.problems.resource")).setAutoWidth(true);
        addColumn(ModelProblem::elementId).setHeader(getTranslation("modeling.problems.element")).setAutoWidth(true);
        addColumn(p -> getTranslation(p.code().messageKey())).setHeader(getTranslation("modeling.problems.reason"))
                .setFlexGrow(2);
        addComponentColumn(p -> detail(p, this::getTranslation)).setHeader(getTranslation("modeling.problems.detail")).setFlexGrow(3);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        setItems(problems);
        getElement().setAttribute("role", "alert");
    }

    /** The table on wide screens and cards on a phone. */
    static Component view(List<ModelProblem> problems) {
        var table = PhoneCards.wideOnly(new ProblemsGrid(problems));
        var cards = PhoneCards.of("model-problem-cards", problems,
                p -> new Span(p.resource() + (p.elementId().isEmpty() ? "" : " · " + p.elementId())),
                p -> List.of(new Div(table.getTranslation(p.code().messageKey())), detail(p, table::getTranslation)));
        cards.getElement().setAttribute("role", "alert");
        var both = new Div(table, cards);
        both.setWidthFull();
        return both;
    }

    /** Attribute values can be long words: let them break anywhere. */
    private static Span detail(ModelProblem p, java.util.function.Function<String, String> translate) {
        // bpmnlint's findings in the reader's language; other details are the model's own words.
        var detail = new Span(p.code() == ModelProblem.Code.LINT ? LintText.ofDetail(p.detail(), translate) : p.detail());
        detail.getStyle().set("word-break", "break-word").set("white-space", "normal")
                .set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("font-size", "var(--lumo-font-size-s)");
        return detail;
    }
}
