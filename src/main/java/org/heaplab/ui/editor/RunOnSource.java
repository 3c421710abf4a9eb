package org.heaplab.ui.editor;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import org.fxmisc.richtext.CodeArea;
import org.heaplab.trace.SourceRun;

/**
 * The run on the source, as the editor shows it at a pause: each line's hit count in the
 * gutter ({@link #hitsText}), and at the end of lines, faded as IDEs show them, the values the
 * paused function's lines assigned and the loop iteration of the paused line. The notes lie on
 * a transparent layer over the text, placed again whenever the text scrolls or lays out; they
 * go when the run goes on, ends or the text changes. Reads a snapshot's {@link SourceRun} only
 * (built on the run's thread).
 */
final class RunOnSource extends Pane {
    static final String NOTE = "inline-value";
    static final String LOOP_NOTE = "inline-loop";
    static final String HITS = "hit-count";

    private final CodeArea area;
    private final javafx.beans.property.IntegerProperty fontSize;
    private SourceRun run = SourceRun.NONE;
    private String file;
    private int pausedLine;
    /** The note label per 0-based paragraph. */
    private final Map<Integer, Label> notes = new HashMap<>();

    RunOnSource(CodeArea area, javafx.beans.property.IntegerProperty fontSize) {
        this.area = area;
        this.fontSize = fontSize;
        setMouseTransparent(true);
        // notes past the editor's edge are cut there, not drawn over the next pane
        var clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setManaged(true);
        getStyleClass().add("inline-values");
        area.estimatedScrollXProperty().addListener((o, a, b) -> moved());
        area.estimatedScrollYProperty().addListener((o, a, b) -> moved());
        area.viewportDirtyEvents().subscribe(e -> moved());
        widthProperty().addListener((o, a, b) -> moved());
        heightProperty().addListener((o, a, b) -> moved());
        fontSize.addListener((o, a, b) -> {
            ends.clear();
            moved();
        });
        area.plainTextChanges().subscribe(c -> {
            ends.clear();
            clearNotes();
        });
    }

    /** Shows {@code r} for {@code fileName}'s text, paused at {@code line} (0: not paused: only the hit counts stay). */
    void show(SourceRun r, String fileName, int line) {
        this.run = r == null ? SourceRun.NONE : r;
        this.file = fileName;
        this.pausedLine = line;
        // what each line should say; a label already saying it stays (a step then relays out only what changed)
        Map<Integer, String[]> wanted = new HashMap<>();
        if (line > 0 && fileName != null && fileName.equals(run.file())) {
            Map<Integer, String> texts = new HashMap<>(run.inline());
            SourceRun.LoopIteration loop = run.innermostLoop();
            for (var e : texts.entrySet()) wanted.put(e.getKey(), new String[] {e.getValue(), NOTE});
            if (loop != null) {
                String text = loop.text();
                String values = texts.get(line);
                wanted.put(line, new String[] {values == null ? text : text + "   " + values, LOOP_NOTE});
            }
        }
        for (var it = notes.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            String[] w = wanted.get(e.getKey() + 1);
            Label l = e.getValue();
            if (w != null && w[0].equals(l.getText()) && l.getStyleClass().contains(w[1]) && l.getStyle().equals(fontStyle())) {
                wanted.remove(e.getKey() + 1);
            } else {
                getChildren().remove(l);
                it.remove();
            }
        }
        for (var e : wanted.entrySet()) add(e.getKey(), e.getValue()[0], e.getValue()[1]);
        // last: what the gutter's counts read is in place when they are told
        revision.set(revision.get() + 1);
        requestLayout();
    }

    /** The run is gone or stale (an edit, another program): nothing on the source. */
    void clear() {
        show(SourceRun.NONE, null, 0);
    }

    private void clearNotes() {
        if (notes.isEmpty()) return;
        run = new SourceRun(run.hits(), java.util.List.of(), Map.of(), run.file());
        getChildren().clear();
        notes.clear();
    }

    private void add(int line, String text, String style) {
        if (line < 1 || line > area.getParagraphs().size()) return;
        Label old = notes.remove(line - 1);
        if (old != null) getChildren().remove(old);
        var l = new Label(text);
        l.getStyleClass().addAll(NOTE, style);
        l.setManaged(false);
        l.setStyle(fontStyle());
        notes.put(line - 1, l);
        getChildren().add(l);
    }

    /** Counts up at each {@link #show}: the gutter's counts follow it without the gutter being rebuilt. */
    final javafx.beans.property.IntegerProperty revision = new javafx.beans.property.SimpleIntegerProperty();

    private String fontStyle() { return "-fx-font-size: " + Math.max(8, Math.round(fontSize.get() * 0.9)) + "px;"; }

    /** The gutter's count for a 1-based line: "5×", or "" when it has not run (or nothing is known). */
    String hitsText(int line) {
        if (file == null) return "";
        long n = run.hitsAt(file, line);
        return n == 0 ? "" : compact(n) + "×";
    }

    /** Whether the gutter has counts to show (its column is there only then). */
    boolean hasHits() {
        return file != null && run.hits().containsKey(file);
    }

    /** The widest count, for the gutter's column. */
    int hitsColumnChars() {
        long max = 0;
        var m = file == null ? null : run.hits().get(file);
        if (m != null) for (long n : m.values()) max = Math.max(max, n);
        return compact(max).length() + 1;
    }

    /** 999, 12.3k, 4.5M: a count that fits the gutter. */
    static String compact(long n) {
        if (n < 10_000) return Long.toString(n);
        if (n < 1_000_000) return String.format(java.util.Locale.ROOT, "%.1fk", n / 1000.0);
        if (n < 1_000_000_000) return String.format(java.util.Locale.ROOT, "%.1fM", n / 1_000_000.0);
        return String.format(java.util.Locale.ROOT, "%.1fG", n / 1_000_000_000.0);
    }

    int pausedLine() { return pausedLine; }

    @Override
    protected void layoutChildren() {
        for (var e : notes.entrySet()) {
            Label l = e.getValue();
            Point2D at = lineEnd(e.getKey());
            l.setVisible(at != null);
            if (at == null) continue;
            l.autosize();
            l.relocate(at.getX() + 16, at.getY() - l.getHeight() / 2);
        }
    }

    /**
     * How far each noted paragraph's text ends from its box's left edge, asked of the editor once per text and font (asking
     * measures the line's characters and copies its text). Where the box is on screen is asked at each layout: it moves
     * with the scrolling and costs a lookup.
     */
    private final Map<Integer, Double> ends = new HashMap<>();

    /** The editor scrolled, resized or relaid its lines: the notes are placed again. */
    private void moved() {
        requestLayout();
    }

    /** Where paragraph {@code p}'s text ends on this layer (its middle), or null when it is out of view. */
    private Point2D lineEnd(int p) {
        if (p >= area.getParagraphs().size()) return null;
        var box = area.getParagraphBoundsOnScreen(p);
        if (box.isEmpty()) return null;
        Bounds line = box.get();
        Double offset = ends.get(p);
        if (offset == null) {
            int len = area.getParagraph(p).length();
            if (len > 0) {
                int start = area.getAbsolutePosition(p, 0);
                var ch = area.getCharacterBoundsOnScreen(start + len - 1, start + len);
                if (ch.isEmpty()) return null;
                offset = ch.get().getMaxX() - line.getMinX();
            } else {
                offset = 0.0;
            }
            ends.put(p, offset);
        }
        Point2D local = screenToLocal(line.getMinX() + offset, line.getMinY() + line.getHeight() / 2);
        if (local == null || local.getY() < 0 || local.getY() > getHeight()) return null;
        return local;
    }
}
