package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;

/** Where the case stands and what is due when, one line each. */
class CaseStateSection extends Section {

    CaseStateSection(List<String> lines) {
        setId("case-state");
        var list = new UnorderedList();
        list.addClassName("case-dates");
        lines.forEach(line -> list.add(new ListItem(line)));
        add(new H2(getTranslation("case.state.title")), list);
    }
}
