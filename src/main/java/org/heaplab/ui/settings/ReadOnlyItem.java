package org.heaplab.ui.settings;

import java.util.Optional;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/** A fact shown in a {@link PropertySheet} that cannot be edited (an allocator's internals). */
public final class ReadOnlyItem implements PropertySheet.Item {
    private final String category;
    private final String name;
    private final String value;

    public ReadOnlyItem(String category, String name, String value) {
        this.category = category;
        this.name = name;
        this.value = value;
    }

    @Override public Class<?> getType() { return String.class; }

    @Override public String getCategory() { return category; }

    @Override public String getName() { return name; }

    @Override public String getDescription() { return value; }

    @Override public Object getValue() { return value; }

    @Override public void setValue(Object v) { }

    @Override public boolean isEditable() { return false; }

    @Override public Optional<ObservableValue<? extends Object>> getObservableValue() { return Optional.empty(); }
}
