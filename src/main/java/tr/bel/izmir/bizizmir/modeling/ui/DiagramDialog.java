package tr.bel.izmir.bizizmir.modeling.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import tr.bel.izmir.bizizmir.modeling.ProcessModels;
import tr.bel.izmir.bizizmir.modeling.ProcessModels.Definition;

/**
 * A read-only diagram of one process version (bpmn-js NavigatedViewer: pan and zoom) with a badge
 * on every activity where running instances wait, counting them.
 */
class DiagramDialog extends Dialog {

    DiagramDialog(ProcessModels models, Definition definition) {
        setId("diagram-dialog");
        setHeaderTitle(getTranslation("modeling.diagram.title", definition.key(), definition.version()));
        setWidth("95vw");
        setHeight("90vh");
        var canvas = new Div();
        canvas.setId("diagram-canvas");
        canvas.addClassName("bpmn-canvas");
        canvas.setWidthFull();
        canvas.setHeight("70vh");
        add(new Paragraph(getTranslation("modeling.diagram.legend")), canvas);
        getFooter().add(new Button(getTranslation("modeling.action.close"), e -> close()));
        String xml = models.export(definition).text();
        String counts;
        try {
            counts = new ObjectMapper().writeValueAsString(models.runningPerActivity(definition.id()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                Vendor.bpmn(com.vaadin.flow.component.UI.getCurrent().getPage());
                canvas.getElement().executeJs("""
                        (async () => {
                          %s
                          const viewer = BizBpmn.viewer(this);
                          await viewer.importXML($0);
                          viewer.get('canvas').zoom('fit-viewport');
                          BizBpmn.showCounts(viewer, JSON.parse($1));
                          this.setAttribute('data-ready', 'true');
                        })()""".formatted(Vendor.await("BizBpmn")), xml, counts);
            }
        });
    }
}
