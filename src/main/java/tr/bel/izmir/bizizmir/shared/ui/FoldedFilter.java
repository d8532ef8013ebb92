package tr.bel.izmir.bizizmir.shared.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import tr.bel.izmir.bizizmir.shared.SearchText;

/**
 * A combo box's filter that folds Turkish letters like every search ({@link SearchText}):
 * "izmir" finds "İzmir", "karsiyaka" finds "Karşıyaka". The browser's own filter lower-cases
 * the English way and would not. Use as {@code box.setItems(FoldedFilter.of(box), items)}.
 */
public final class FoldedFilter {

    private FoldedFilter() {
    }

    public static <T> ComboBox.ItemFilter<T> of(ComboBox<T> box) {
        return (item, typed) -> SearchText.matches(box.getItemLabelGenerator().apply(item), typed);
    }
}
