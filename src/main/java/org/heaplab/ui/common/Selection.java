package org.heaplab.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.heaplab.trace.SourcePos;

/**
 * What the learner selected, shared by every pane: selecting a block, a local, an allocator or a
 * report line selects the same thing in the other panes and moves the editor to its line.
 */
public final class Selection {
    /** A selectable thing. */
    public sealed interface Target permits Block, Local, Line, Allocator {}

    /** A heap block, by an address inside it. */
    public record Block(long address) implements Target {}

    /** A local of a frame; {@code pointsTo} is the address it holds, or 0. */
    public record Local(String key, long pointsTo) implements Target {}

    /** A place in the program. */
    public record Line(SourcePos position) implements Target {}

    public record Allocator(int id) implements Target {}

    private final ObjectProperty<Target> current = new SimpleObjectProperty<>(this, "current");

    public ObjectProperty<Target> currentProperty() { return current; }

    public Target get() { return current.get(); }

    public void select(Target t) { current.set(t); }
}
