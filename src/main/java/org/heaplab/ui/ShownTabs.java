package org.heaplab.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import org.heaplab.trace.Snapshot;

/**
 * The tabs beside the memory picture show the current snapshot only while they are shown: a
 * step re-derives the selected tab's view, and a hidden tab is brought up to date when it is
 * selected (or when something is about to read its view, {@link #refresh}). So a step costs
 * the panes on screen only, and no tab ever shows an older step than the window. A tab's
 * content can be built the first time it is shown ({@link #add(Tab, Supplier, Consumer)}),
 * which keeps the window's start to the panes of its first frame.
 */
final class ShownTabs {
    /** A tab's view and the snapshot it shows now. */
    private static final class View {
        final Consumer<Snapshot> show;
        Snapshot shown;
        boolean fresh;

        Supplier<Node> content;

        View(Consumer<Snapshot> show) { this.show = show; }
    }

    private final Map<Tab, View> views = new LinkedHashMap<>();
    private Snapshot current;

    /** {@code show} re-derives the tab's view from a snapshot (null: no run). */
    void add(Tab tab, Consumer<Snapshot> show) {
        views.put(tab, new View(show));
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected) refresh(tab);
        });
    }

    /** A tab whose content is built when it is first shown (or first read, {@link #content}); {@code show} as above. */
    void add(Tab tab, Supplier<Node> content, Consumer<Snapshot> show) {
        add(tab, show);
        views.get(tab).content = content;
        if (tab.isSelected()) content(tab);
    }

    /** The tab's content, built now if it was not yet. */
    Node content(Tab tab) {
        View v = views.get(tab);
        if (v != null && v.content != null) {
            var c = v.content;
            v.content = null;
            tab.setContent(c.get());
            // the new pane learns the view's state from its changes: show the snapshot again
            v.fresh = false;
        }
        return tab.getContent();
    }

    /** The window's snapshot: the selected tabs show it now, the others when they are shown. */
    void show(Snapshot s) {
        current = s;
        for (var e : views.entrySet()) {
            View v = e.getValue();
            if (v.fresh && v.shown == s) continue;
            v.fresh = false;
            if (e.getKey().isSelected()) refresh(e.getKey());
        }
    }

    /** Brings the tab's view to the window's snapshot, if it is behind. */
    void refresh(Tab tab) {
        View v = views.get(tab);
        if (v == null) return;
        if (tab.isSelected()) content(tab);
        if (v.fresh && v.shown == current) return;
        v.shown = current;
        v.fresh = true;
        v.show.accept(current);
    }

    /** Whether the tab's view shows the window's snapshot (for tests). */
    boolean isCurrent(Tab tab) {
        View v = views.get(tab);
        return v != null && v.fresh && v.shown == current;
    }
}
