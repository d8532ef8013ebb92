package tr.bel.izmir.bizizmir.modeling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import tr.bel.izmir.bizizmir.modeling.ModelDiff;
import tr.bel.izmir.bizizmir.modeling.ProcessModels;
import tr.bel.izmir.bizizmir.modeling.ProcessModels.Definition;

import java.util.stream.Collectors;

/** The structured diff of two versions: elements added, removed or changed, with changed properties. */
class DiffDialog extends Dialog {

    DiffDialog(ProcessModels models, Definition older, Definition newer) {
        setId("diff-dialog");
        setHeaderTitle(getTranslation("modeling.diff.title", older.version(), newer.version()));
        setWidth("min(80rem, 95vw)");
        var changes = models.diff(older.id(), newer.id());
        if (changes.isEmpty()) {
            add(new Paragraph(getTranslation("modeling.diff.none")));
        } else {
            var grid = new Grid<ModelDiff.Change>();
            grid.setId("diff-grid");
            grid.addColumn(c -> getTranslation("modeling.diff.type." + c.type())).setHeader(getTranslation("modeling.diff.change"))
                    .setAutoWidth(true);
            grid.addColumn(c -> c.elementId() + (c.name() == null || c.name().isEmpty() ? "" : " (" + c.name() + ")"))
                    .setHeader(getTranslation("modeling.diff.element")).setAutoWidth(true);
            grid.addColumn(ModelDiff.Change::elementType).setAutoWidth(true);
            grid.addColumn(c -> c.properties().stream()
                            .map(p -> p.property() + ": " + (p.before() == null ? "—" : p.before()) + " → "
                                    + (p.after() == null ? "—" : p.after()))
                            .collect(Collectors.joining("\n")))
                    .setHeader(getTranslation("modeling.diff.properties")).setFlexGrow(1);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.getStyle().set("white-space", "pre-line");
            grid.setAllRowsVisible(true);
            grid.setItems(changes);
            add(grid);
        }
        getFooter().add(new Button(getTranslation("modeling.action.close"), e -> close()));
    }
}
