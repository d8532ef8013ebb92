package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The labelled facts of a case's content (place, time, cost, ...), in a grid that wraps on a phone. */
class CaseFacts extends Div {

    CaseFacts() {
        addClassName("case-facts");
    }

    /** Adds a fact; {@code value} null shows an empty value. */
    CaseFacts fact(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("case-fact-label");
        var text = new Span(value == null ? "" : value);
        text.addClassName("case-fact-value");
        var fact = new Div(label, text);
        fact.addClassName("case-fact");
        add(fact);
        return this;
    }
}
