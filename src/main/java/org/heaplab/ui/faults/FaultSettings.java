package org.heaplab.ui.faults;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.heaplab.session.RunSettings;
import org.heaplab.session.faults.Compare;

/**
 * The window's run setting for fault injection, shared by the control by the run buttons and
 * the one in the Breakpoints tab: fail the Nth allocation (0: none), or every one from the Nth on,
 * in which allocator of the chain, resizes too; and which allocator stands in for the root one
 * (null: the program's own). A run takes them when it starts.
 */
public final class FaultSettings {
    /** The allocators the control offers for "which allocator fails". */
    public static final java.util.List<String> TARGETS = java.util.List.of("root", "page", "debug", "arena", "fixed", "c");

    public final IntegerProperty failAlloc = new SimpleIntegerProperty(0);
    public final BooleanProperty fromOn = new SimpleBooleanProperty(false);
    public final StringProperty target = new SimpleStringProperty("root");
    public final BooleanProperty failResizes = new SimpleBooleanProperty(false);
    public final ObjectProperty<Compare.Choice> substitute = new SimpleObjectProperty<>();

    /** {@code s} with these faults; with no allocation to fail and no stand-in, {@code s} itself. */
    public RunSettings applyTo(RunSettings s) {
        int n = failAlloc.get();
        RunSettings out = n > 0 ? s.withFailures(n, failResizes.get() ? n : 0, fromOn.get(), target.get()) : s;
        Compare.Choice c = substitute.get();
        return c == null ? out : c.applyTo(out);
    }

    /** Whether a run now would have anything done to its allocators. */
    public boolean active() {
        return failAlloc.get() > 0 || substitute.get() != null;
    }

    /** Failing only the Nth allocation of {@code target}, the rest as they were. */
    public void failOnly(long n, String target) {
        this.target.set(target);
        fromOn.set(false);
        failResizes.set(false);
        failAlloc.set((int) Math.min(Integer.MAX_VALUE, n));
    }

    /** No faults, the program's own allocator. */
    public void clear() {
        failAlloc.set(0);
        fromOn.set(false);
        failResizes.set(false);
        target.set("root");
        substitute.set(null);
    }
}
