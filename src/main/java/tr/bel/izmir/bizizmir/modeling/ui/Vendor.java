package tr.bel.izmir.bizizmir.modeling.ui;

import com.vaadin.flow.component.page.Page;

/**
 * The bpmn.io bundles built from {@code modeler/} into {@code META-INF/resources/vendor} (DD011),
 * loaded at runtime outside Vaadin's frontend bundle (DD005).
 */
final class Vendor {

    static final String BASE = "context://vendor/bizizmir-modeler/";

    private Vendor() {
    }

    static void bpmn(Page page) {
        css(page, "bpmn-js/diagram-js.css", "bpmn-js/bpmn-js.css", "bpmn-js/bpmn-font/css/bpmn-embedded.css",
                "properties-panel/properties-panel.css", "bpmnlint/bpmn-js-bpmnlint.css");
        page.addJavaScript(BASE + "bpmn-editor.js");
    }

    static void dmn(Page page) {
        css(page, "dmn-js/diagram-js.css", "dmn-js/dmn-js-shared.css", "dmn-js/dmn-js-drd.css",
                "dmn-js/dmn-js-decision-table.css", "dmn-js/dmn-js-decision-table-controls.css",
                "dmn-js/dmn-js-literal-expression.css", "dmn-js/dmn-font/css/dmn-embedded.css");
        page.addJavaScript(BASE + "dmn-editor.js");
    }

    static void form(Page page) {
        css(page, "form-js/form-js.css", "form-js/form-js-editor.css", "form-js/properties-panel.css");
        page.addJavaScript(BASE + "form-editor.js");
    }

    private static void css(Page page, String... files) {
        for (String f : files) {
            page.addStyleSheet(BASE + f);
        }
    }

    /** JS that waits until a bundle's global is defined (script tags load asynchronously). */
    static String await(String global) {
        return "await new Promise(r => { const t = () => window." + global + " ? r() : setTimeout(t, 50); t(); });";
    }
}
