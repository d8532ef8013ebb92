package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.ArrayList;
import java.util.List;

/** Related cases and records, each a label and a link (or text); "none" when there are none. */
class CaseRelatedSection extends Section {

    private final List<ListItem> items = new ArrayList<>();

    CaseRelatedSection() {
        setId("case-related");
    }

    CaseRelatedSection item(String label, Component... content) {
        // The space keeps label and link apart.
        var item = new ListItem(new Span(label + " "));
        item.add(content);
        items.add(item);
        return this;
    }

    /** Call once all items are added. */
    CaseRelatedSection build() {
        removeAll();
        add(new H2(getTranslation("case.related.title")));
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("case.related.none")));
        } else {
            var list = new UnorderedList();
            items.forEach(list::add);
            add(list);
        }
        return this;
    }
}
