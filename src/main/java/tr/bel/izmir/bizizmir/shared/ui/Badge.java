package tr.bel.izmir.bizizmir.shared.ui;

import com.vaadin.flow.component.html.Span;

/** A small coloured label (status, overdue, extended) styled by the theme's .badge classes. */
public class Badge extends Span {

    public enum Tone { NEUTRAL, SUCCESS, WARNING, ERROR, INFO }

    public Badge(String text, Tone tone) {
        super(text);
        addClassNames("badge", "badge-" + tone.name().toLowerCase(java.util.Locale.ROOT));
    }
}
