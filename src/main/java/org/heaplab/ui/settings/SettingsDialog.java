package org.heaplab.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.controlsfx.control.PropertySheet;

/** The settings, edited in a ControlsFX {@link PropertySheet}; changes apply when the dialog is confirmed. */
public final class SettingsDialog {
    private SettingsDialog() {}

    /** An editable item bound to a copy of a setting; {@link #apply()} writes it back. */
    private static final class Item<T> implements PropertySheet.Item {
        private final String category;
        private final String name;
        private final String description;
        private final Class<?> type;
        private final Property<T> target;
        private final long min;
        private final long max;
        private Object value;

        Item(String category, String name, String description, Class<?> type, Property<T> target) {
            this(category, name, description, type, target, Long.MIN_VALUE, Long.MAX_VALUE);
        }

        Item(String category, String name, String description, Class<?> type, Property<T> target, long min, long max) {
            this.category = category;
            this.name = name;
            this.description = description;
            this.type = type;
            this.target = target;
            this.min = min;
            this.max = max;
            this.value = target.getValue();
        }

        /** What is wrong with the value entered, or null. */
        String problem() {
            if (!(value instanceof Number n)) return type == Boolean.class ? null : name + " needs a number";
            long v = n.longValue();
            if (v < min || v > max) return name + " must be between " + min + " and " + max + " (it is " + v + ")";
            return null;
        }

        @Override public Class<?> getType() { return type; }

        @Override public String getCategory() { return category; }

        @Override public String getName() { return name; }

        @Override public String getDescription() { return description; }

        @Override public Object getValue() { return value; }

        @Override public void setValue(Object v) { this.value = v; }

        @Override public Optional<ObservableValue<? extends Object>> getObservableValue() { return Optional.empty(); }

        @SuppressWarnings("unchecked")
        void apply() {
            Object v = value;
            if (type == Long.class && v instanceof Number n) v = n.longValue();
            if (type == Integer.class && v instanceof Number n) v = n.intValue();
            target.setValue((T) v);
        }
    }

    private static List<String> problems(List<Item<?>> items) {
        List<String> out = new ArrayList<>();
        for (Item<?> i : items) {
            String p = i.problem();
            if (p != null) out.add(p);
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static boolean show(Window owner, Settings s) {
        List<Item<?>> items = new ArrayList<>();
        String run = "Run limits";
        String gpa = "DebugAllocator defaults (for fields a program leaves out)";
        String view = "View";
        items.add(new Item(run, "Stack size (KiB)", "The simulated stack; Zig's default is 16 MiB", Long.class, s.stackKiB, 16, 1 << 20));
        items.add(new Item(run, "Memory (MiB)", "The most simulated memory a run may touch", Long.class, s.memoryMiB, 1, 1 << 20));
        items.add(new Item(run, "Max statements", "Stop a run after this many statements (0: no limit)", Long.class, s.maxSteps, 0, Long.MAX_VALUE));
        items.add(new Item(run, "Max seconds", "Stop a run after this long (0: no limit; Stop always works)", Long.class, s.maxSeconds, 0, 1_000_000));
        items.add(new Item(run, "Max output (MiB)", "Stop a run that prints more than this", Long.class, s.maxOutputMiB, 1, 1 << 16));
        items.add(new Item(run, "Stop on memory errors", "Pause at a double free or wrong-size free the debug allocator reports", Boolean.class,
                s.stopOnMemoryErrors));
        items.add(new Item(gpa, "stack_trace_frames", "Frames kept per allocation and free (-1: Zig's default, 6; 10 in tests)", Integer.class,
                s.stackTraceFrames, -1, 64));
        items.add(new Item(gpa, "safety", "Detect double frees, wrong-size frees and leaks", Boolean.class, s.safety));
        items.add(new Item(gpa, "never_unmap", "Keep freed pages mapped (use after free reads 0xAA instead of faulting)", Boolean.class,
                s.neverUnmap));
        items.add(new Item(gpa, "retain_metadata", "Keep metadata of freed allocations, to report more double frees", Boolean.class,
                s.retainMetadata));
        items.add(new Item(gpa, "enable_memory_limit", "Count requested bytes and refuse allocations over the limit", Boolean.class,
                s.enableMemoryLimit));
        items.add(new Item(gpa, "requested_memory_limit (bytes)", "The limit when enable_memory_limit is on (-1: none)", Long.class,
                s.memoryLimit, -1, Long.MAX_VALUE));
        items.add(new Item(view, "Dark theme", "Use the dark theme", Boolean.class, new javafx.beans.property.SimpleBooleanProperty(
                s.theme.get() == Settings.Theme.DARK) {
            @Override
            public void set(boolean b) {
                super.set(b);
                s.theme.set(b ? Settings.Theme.DARK : Settings.Theme.LIGHT);
            }
        }));
        items.add(new Item(view, "Font size", "The editor's font size", Integer.class, s.fontSize, 8, 40));
        items.add(new Item(view, "Lines per second", "Animated runs: stops shown per second, each at a line of the program (0: full speed)", Integer.class,
                s.stepsPerSecond, 0, 1000));

        var sheet = new PropertySheet();
        sheet.setId("settings-sheet");
        sheet.getItems().setAll(items);
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setPrefSize(640, 520);
        sheet.setMinSize(420, 260);
        var dialog = new Dialog<ButtonType>();
        dialog.setTitle("Heap Lab preferences");
        dialog.setHeaderText("Changes apply with OK: run limits and allocator defaults from the next run on.");
        dialog.getDialogPane().setContent(sheet);
        // a preferences window: resizable, and tall enough to show its rows (its content's size, not the header's)
        dialog.setResizable(true);
        dialog.getDialogPane().setPrefSize(680, 620);
        dialog.getDialogPane().setMinSize(460, 360);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (owner != null) dialog.initOwner(owner);
        // a value out of range keeps the dialog open and says which and why
        var ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            List<String> problems = problems(items);
            if (problems.isEmpty()) return;
            e.consume();
            var alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR, String.join("\n", problems));
            alert.setHeaderText("Some settings are out of range");
            alert.initOwner(dialog.getDialogPane().getScene().getWindow());
            alert.showAndWait();
        });
        Optional<ButtonType> r = dialog.showAndWait();
        if (r.isEmpty() || r.get() != ButtonType.OK) return false;
        for (Item<?> i : items) i.apply();
        return true;
    }
}
