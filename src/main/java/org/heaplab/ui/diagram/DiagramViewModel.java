package org.heaplab.ui.diagram;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.heaplab.picture.DiagramLayout;
import org.heaplab.picture.Scene;
import org.heaplab.trace.Snapshot;

/**
 * The memory diagram of the snapshot shown: one {@link DiagramLayout} per run, so blocks keep
 * their places from step to step and what changed since the last stop is marked. A new run
 * ({@link #reset()}) starts a fresh layout.
 */
public final class DiagramViewModel {
    private final DiagramLayout layout = new DiagramLayout();
    private final ReadOnlyObjectWrapper<Scene> scene = new ReadOnlyObjectWrapper<>(this, "scene", Scene.EMPTY);
    private Snapshot shown;

    public ReadOnlyObjectProperty<Scene> sceneProperty() { return scene.getReadOnlyProperty(); }

    public Scene getScene() { return scene.get(); }

    /** The snapshot the picture shows, or null. */
    public Snapshot snapshot() { return shown; }

    public void show(Snapshot s) {
        if (s == null) layout.reset();
        shown = s;
        scene.set(layout.layout(s));
    }

    /** Lays the picture out with {@code n} blocks side by side, and shows it again. */
    public void setColumns(int n) {
        layout.setColumns(n);
        scene.set(layout.layout(shown));
    }

    /** A new run: forget the last one's places and values. */
    public void reset() {
        layout.reset();
    }
}
