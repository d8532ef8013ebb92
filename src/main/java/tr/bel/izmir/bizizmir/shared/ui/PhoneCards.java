package tr.bel.izmir.bizizmir.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * A list that is a table on wide screens and cards one under another on phones, where a table
 * of four or more columns cuts its cells off. The page holds both; the theme shows one of them
 * ({@code wide-only} / {@code narrow-only} in styles.css, switching at 600 px).
 */
public final class PhoneCards {

    private PhoneCards() {
    }

    /** Marks the table as the wide-screen presentation. */
    public static <T> Grid<T> wideOnly(Grid<T> grid) {
        grid.addClassName("wide-only");
        return grid;
    }

    /**
     * The cards: for each item its title (usually a link) and the lines under it.
     *
     * @param id the element id of the card list, for tests and anchors
     */
    public static <T> Div of(String id, Collection<T> items, Function<T, Component> title,
                             Function<T, List<? extends Component>> lines) {
        var cards = new Div();
        cards.setId(id);
        cards.addClassNames("narrow-only", "phone-cards");
        for (T item : items) {
            var card = new Div();
            card.addClassNames("card", "phone-card");
            var heading = new Div(title.apply(item));
            heading.addClassName("phone-card-title");
            card.add(heading);
            lines.apply(item).forEach(card::add);
            cards.add(card);
        }
        return cards;
    }
}
