package tr.bel.izmir.bizizmir.modeling.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import tr.bel.izmir.bizizmir.modeling.ModelProblem;

import java.util.List;

/** Why a deployment was refused, one row per problem: file, element, translated reason, detail. */
class ProblemsGrid extends Grid<ModelProblem> {

    ProblemsGrid(List<ModelProblem> problems) {
        setId("model-problems");
        addColumn(ModelProblem::resource).setHeader(getTranslation("modeling.problems.resource")).setAutoWidth(true);
        addColumn(ModelProblem::elementId).setHeader(getTranslation("modeling.problems.element")).setAutoWidth(true);
        addColumn(p -> getTranslation(p.code().messageKey())).setHeader(getTranslation("modeling.problems.reason"))
                .setAutoWidth(true);
        addColumn(ModelProblem::detail).setHeader(getTranslation("modeling.problems.detail")).setFlexGrow(1);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        setItems(problems);
        getElement().setAttribute("role", "alert");
    }
}
