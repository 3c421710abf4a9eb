package org.heaplab.ui.timeline;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.heaplab.session.Timeline;
import org.heaplab.ui.common.TaskRunner;

/**
 * The run as a picture, under the editor: the program's live heap bytes over the steps,
 * stacked by allocator, with a mark for each memory error and leak (red and orange), each
 * resize that moved a block (blue) and, while there are few, each allocation and free (ticks
 * above and below the axis). The current step is a line. Hover tells what happened there; a
 * click or a drag of the slider goes to that step.
 *
 * <p>The picture is computed from the debugger's {@link Timeline} on a worker thread, never on
 * the JavaFX thread.
 */
public final class TimelinePane extends BorderPane {
    private static final Color[] PALETTE = {Color.web("#4c9be8"), Color.web("#7bc86c"), Color.web("#f2a541"), Color.web("#b07cd8"),
            Color.web("#5cc9c2"), Color.web("#e86f8c")};
    private static final double AXIS = 12;

    private final Canvas canvas = new Canvas();
    private final Pane holder = new Pane(canvas);
    private final Slider slider = new Slider(1, 1, 1);
    private final Label where = new Label("No run yet");
    private final Tooltip tip = new Tooltip();
    private final TaskRunner.Lane worker;
    private final AtomicBoolean queued = new AtomicBoolean();
    private Supplier<Timeline> source = () -> null;
    private LongConsumer onSeek = s -> { };
    private Timeline.View view;
    private Timeline shown;
    private long current;
    private boolean adjusting;
    private final Color textColor = Color.GRAY;

    /** The range being picked, in canvas x (-1: none). */
    private double rangeFrom = -1;
    private double rangeTo = -1;
    private java.util.function.BiConsumer<Long, Long> onRange = (a, b) -> { };

    public TimelinePane() {
        this(TaskRunner.javafx());
    }

    /** A timeline whose picture is computed on {@code tasks}' lane. */
    public TimelinePane(TaskRunner tasks) {
        worker = tasks.lane("timeline");
        getStyleClass().add("timeline-pane");
        setId("timeline");
        canvas.setId("timeline-canvas");
        slider.setId("timeline-slider");
        holder.setMinHeight(56);
        holder.setPrefHeight(80);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener((o, a, b) -> refresh());
        canvas.heightProperty().addListener((o, a, b) -> draw());
        tip.setShowDelay(Duration.millis(150));
        Tooltip.install(canvas, tip);
        canvas.setOnMouseMoved(e -> tip.setText(describe(e.getX())));
        canvas.setOnMouseClicked(e -> {
            if (view != null && !e.isShiftDown()) onSeek.accept(stepAtX(e.getX()));
        });
        // Shift and drag: a range of the run, to see what happened between its two ends
        canvas.setOnMousePressed(e -> {
            if (view == null || !e.isShiftDown()) return;
            rangeFrom = e.getX();
            rangeTo = e.getX();
            draw();
        });
        canvas.setOnMouseDragged(e -> {
            if (rangeFrom < 0) return;
            rangeTo = Math.max(0, Math.min(canvas.getWidth(), e.getX()));
            draw();
        });
        canvas.setOnMouseReleased(e -> {
            if (rangeFrom < 0) return;
            long a = stepAtX(Math.min(rangeFrom, rangeTo)), b = stepAtX(Math.max(rangeFrom, rangeTo));
            rangeFrom = -1;
            draw();
            if (b > a) onRange.accept(a, b);
        });
        slider.setBlockIncrement(1);
        slider.valueChangingProperty().addListener((o, a, changing) -> {
            if (!changing) seekToSlider();
        });
        slider.setOnMouseReleased(e -> seekToSlider());
        slider.setOnKeyReleased(e -> seekToSlider());
        slider.setDisable(true);
        HBox.setHgrow(slider, Priority.ALWAYS);
        where.setId("timeline-step");
        where.setMinWidth(220);
        var bar = new HBox(8, slider, where);
        bar.setPadding(new Insets(2, 6, 2, 6));
        setCenter(holder);
        setBottom(bar);
    }

    /** What a range picked with Shift and a drag asks for: the steps at its two ends. */
    public void setOnRange(java.util.function.BiConsumer<Long, Long> r) {
        onRange = r;
    }

    /** Picks the range from step {@code a} to step {@code b}, as Shift and a drag does. */
    public void pickRange(long a, long b) {
        if (b > a) onRange.accept(a, b);
    }

    /** Where the timeline comes from (the current run's) and what a click asks for. */
    public void connect(Supplier<Timeline> source, LongConsumer onSeek) {
        this.source = source;
        this.onSeek = onSeek;
    }

    /** The run is at {@code step} now: recompute the picture (off the JavaFX thread) and move the cursor. */
    public void showStep(long step) {
        current = step;
        refresh();
    }

    private void seekToSlider() {
        if (adjusting || view == null) return;
        long step = Math.round(slider.getValue());
        if (step != current) onSeek.accept(step);
    }

    private void refresh() {
        Timeline t = source.get();
        if (t == null) {
            view = null;
            draw();
            return;
        }
        wanted = new Request(t, (int) Math.max(1, canvas.getWidth()));
        // one computation waits at most: it takes the newest request when it starts, so the last one is always drawn
        if (!queued.compareAndSet(false, true)) return;
        worker.submit(() -> {
            queued.set(false);
            Request r = wanted;
            return new Object[] {r.timeline(), r.timeline().view(r.columns())};
        }, (Object[] done) -> {
            shown = (Timeline) done[0];
            view = (Timeline.View) done[1];
            draw();
        });
    }

    /** What the picture is to show: whose timeline, at how many columns. */
    private record Request(Timeline timeline, int columns) {}

    private volatile Request wanted;

    private long stepAtX(double x) {
        double w = Math.max(1, canvas.getWidth());
        return Math.max(1, Math.min(view.end(), Math.round(x / w * view.end())));
    }

    private double xOf(long step) {
        return view.end() <= 0 ? 0 : (double) step / view.end() * canvas.getWidth();
    }

    private String describe(double x) {
        if (view == null) return "No run yet";
        long step = stepAtX(x);
        long half = Math.max(1, view.end() / Math.max(1, (long) canvas.getWidth()) * 3);
        List<Timeline.Event> near = shown.between(Math.max(0, step - half), step + half + 1, 6);
        var sb = new StringBuilder(String.format("step %,d of %,d%s", step, view.end(), view.finished() ? "" : " so far"));
        long live = 0;
        int col = (int) Math.min(Math.max(0, x), canvas.getWidth() - 1);
        for (long[] s : view.series()) if (s != null && col < s.length) live += s[col];
        sb.append(String.format("%n%,d bytes live", live));
        for (Timeline.Event e : near) sb.append('\n').append(text(e));
        sb.append("\nClick to go there.");
        return sb.toString();
    }

    private String text(Timeline.Event e) {
        String who = e.allocator() >= 0 && e.allocator() < view.allocators().size() ? view.allocators().get(e.allocator()) : "allocator #" + e.allocator();
        return switch (e.kind()) {
            case ALLOC -> String.format("step %,d: %s allocated %d bytes at 0x%x", e.step(), who, e.length(), e.address());
            case FREE -> String.format("step %,d: %s freed %d bytes at 0x%x", e.step(), who, e.length(), e.address());
            case RESIZE -> String.format("step %,d: %s resized 0x%x in place to %d bytes", e.step(), who, e.address(), e.length());
            case MOVE -> String.format("step %,d: %s moved a block to 0x%x (%d bytes)", e.step(), who, e.address(), e.length());
            case ERROR -> String.format("step %,d: %s", e.step(), e.note() == null ? "memory error" : e.note()) + addr(e);
            case LEAK -> String.format("step %,d: leak of %d bytes", e.step(), e.length()) + addr(e);
        };
    }

    private static String addr(Timeline.Event e) {
        return e.address() == 0 ? "" : String.format(" at 0x%x", e.address());
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (view == null || view.end() <= 0) {
            slider.setDisable(true);
            where.setText("No run yet");
            return;
        }
        double top = 4, bottom = h - AXIS;
        double scale = view.peak() <= 0 ? 0 : (bottom - top) / view.peak();
        long[][] series = view.series();
        int cols = (int) Math.max(1, w);
        double[] base = new double[cols];
        for (int a = 0; a < series.length; a++) {
            if (series[a] == null) continue;
            g.setFill(PALETTE[a % PALETTE.length].deriveColor(0, 1, 1, 0.75));
            for (int c = 0; c < Math.min(cols, series[a].length); c++) {
                double hgt = series[a][c] * scale;
                if (hgt <= 0) continue;
                g.fillRect(c, bottom - base[c] - hgt, 1, hgt);
                base[c] += hgt;
            }
        }
        g.setStroke(textColor.deriveColor(0, 1, 1, 0.5));
        g.strokeLine(0, bottom + 0.5, w, bottom + 0.5);
        // what the picture is: without a caption a full-height block reads as a rendering fault
        g.setFill(textColor);
        g.fillText(String.format("live heap bytes by allocator (peak %,d)", view.peak()), 4, top + 10);
        for (Timeline.Event e : view.markers()) {
            double x = Math.floor(xOf(e.step())) + 0.5;
            switch (e.kind()) {
                case ALLOC -> {
                    g.setStroke(Color.web("#2da44e"));
                    g.strokeLine(x, bottom + 1, x, bottom + 5);
                }
                case FREE, RESIZE -> {
                    g.setStroke(textColor.deriveColor(0, 1, 1, 0.6));
                    g.strokeLine(x, bottom + 6, x, bottom + 10);
                }
                case MOVE -> {
                    g.setStroke(Color.web("#0969da"));
                    g.strokeLine(x, top, x, bottom);
                }
                case ERROR, LEAK -> {
                    g.setFill(e.kind() == Timeline.Kind.ERROR ? Color.web("#cf222e") : Color.web("#fb8500"));
                    g.fillPolygon(new double[] {x - 5, x + 5, x}, new double[] {top, top, top + 8}, 3);
                    g.setStroke(g.getFill());
                    g.strokeLine(x, top + 8, x, bottom);
                }
            }
        }
        double cx = Math.min(w - 1, Math.floor(xOf(current))) + 0.5;
        g.setStroke(textColor);
        g.setLineWidth(2);
        g.strokeLine(cx, 0, cx, h);
        g.setLineWidth(1);
        if (rangeFrom >= 0) {
            g.setFill(javafx.scene.paint.Color.rgb(47, 111, 222, 0.25));
            g.fillRect(Math.min(rangeFrom, rangeTo), 0, Math.abs(rangeTo - rangeFrom), h);
        }
        adjusting = true;
        try {
            slider.setDisable(false);
            slider.setMax(Math.max(1, view.end()));
            if (!slider.isValueChanging()) slider.setValue(Math.min(current, view.end()));
        } finally {
            adjusting = false;
        }
        where.setText(String.format("step %,d of %,d%s · %,d heap event%s%s", current, view.end(), view.finished() ? "" : " so far", view.events(),
                view.events() == 1 ? "" : "s", view.droppedFrom() < 0 ? "" : String.format(" (none recorded after step %,d: too many)", view.droppedFrom())));
    }

    public void shutdown() {
        worker.shutdown();
    }
}
