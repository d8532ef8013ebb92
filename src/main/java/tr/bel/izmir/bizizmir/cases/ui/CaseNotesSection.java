package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import tr.bel.izmir.bizizmir.cases.CaseNote;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;

import java.util.List;
import java.util.function.Function;

/** Internal notes: staff only, never on a public page; each shows its author and time. Bad input keeps the text with a translated reason. */
class CaseNotesSection extends Section {

    CaseNotesSection(List<CaseNote> notes, Function<String, CaseNote> addNote, Runnable onAdded,
                     java.util.function.UnaryOperator<String> names) {
        setId("case-notes");
        add(new H2(getTranslation("case.notes.title")));
        var hint = new Paragraph(getTranslation("case.notes.internal"));
        hint.addClassName("case-notes-hint");
        add(hint);
        if (notes.isEmpty()) {
            add(new Paragraph(getTranslation("case.notes.none")));
        } else {
            var list = new UnorderedList();
            list.addClassName("case-note-list");
            list.setId("case-note-list");
            for (CaseNote note : notes) {
                var meta = new Span(getTranslation("case.notes.by", names.apply(note.getAuthor()), IzmirTime.formatDateTime(note.getCreatedAt(), getLocale())));
                meta.addClassName("case-note-meta");
                var body = new Paragraph(note.getBody());
                body.addClassName("case-note-body");
                list.add(new ListItem(meta, body));
            }
            add(list);
        }
        var text = new TextArea(getTranslation("case.notes.new"));
        text.setId("case-note-text");
        text.setWidthFull();
        text.setMaxLength(CaseNote.MAX_LENGTH);
        text.setHelperText(getTranslation("case.notes.helper", CaseNote.MAX_LENGTH));
        var add = new Button(getTranslation("case.notes.add"), e -> {
            try {
                addNote.apply(text.getValue());
                Notifications.success(getTranslation("case.notes.added"));
                onAdded.run();
            } catch (DomainException ex) {
                text.setInvalid(true);
                text.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        add.setId("case-note-add");
        add(text, add);
    }
}
