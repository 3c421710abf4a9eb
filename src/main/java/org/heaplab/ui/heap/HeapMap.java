package org.heaplab.ui.heap;

import java.util.List;
import java.util.function.LongConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.heaplab.trace.ByteKind;
import org.heaplab.trace.Snapshot;

/**
 * The heap map: each mapped region a band, its bytes coloured by state (unused, allocator
 * metadata, undefined, written, freed), blocks of the block table outlined, the selected one
 * marked. Colours come from the theme's looked-up colours ({@code -hl-heap-*}). Clicking a
 * byte selects the block there.
 */
public final class HeapMap extends Region {
    static final double BAND = 22;
    static final double LABEL = 16;
    private final Canvas canvas = new Canvas();
    private List<Snapshot.MemoryRegion> regions = List.of();
    private List<HeapViewModel.BlockRow> blocks = List.of();
    private HeapViewModel.BlockRow selected;
    private final Color[] colors = new Color[ByteKind.values().length];
    private Color text = Color.GRAY;
    private Color outline = Color.BLACK;
    private Color selectedColor = Color.ORANGE;
    private Color changedColor = Color.web("#bf8700");
    private LongConsumer onPick = a -> { };

    public HeapMap() {
        getStyleClass().add("heap-map");
        getChildren().add(canvas);
        setMinHeight(BAND + LABEL + 8);
        canvas.setOnMouseClicked(e -> {
            long a = addressAt(e.getX(), e.getY());
            if (a != 0) onPick.accept(a);
        });
        var tip = new Tooltip();
        Tooltip.install(canvas, tip);
        canvas.setOnMouseMoved(e -> {
            long a = addressAt(e.getX(), e.getY());
            tip.setText(a == 0 ? "" : "0x" + Long.toHexString(a) + ": " + stateAt(a));
        });
        setColors(defaultColors());
    }

    /** The map's colours by state, read from the theme by the pane. */
    public void setColors(Color[] byState) {
        System.arraycopy(byState, 0, colors, 0, colors.length);
        draw();
    }

    public void setTextColor(Color c, Color outline, Color selected, Color changed) {
        this.text = c;
        this.outline = outline;
        this.selectedColor = selected;
        this.changedColor = changed;
        draw();
    }

    static Color[] defaultColors() {
        return new Color[] {Color.web("#eeeeee"), Color.web("#d0d7de"), Color.web("#8c959f"), Color.web("#f2cc60"), Color.web("#4ac26b"),
                Color.web("#cf222e")};
    }

    public void onPick(LongConsumer c) { this.onPick = c; }

    public void show(List<Snapshot.MemoryRegion> regions, List<HeapViewModel.BlockRow> blocks, HeapViewModel.BlockRow selected) {
        this.regions = List.copyOf(regions);
        scales.clear();
        // by address, so each band finds its blocks by binary search (a heap can hold 100,000 of them)
        this.blocks = blocks.stream().sorted(java.util.Comparator.comparingLong(HeapViewModel.BlockRow::address)).toList();
        this.selected = selected;
        double h = Math.max(BAND + LABEL + 8, this.regions.size() * (BAND + LABEL + 6) + 4);
        setPrefHeight(h);
        requestLayout();
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    static double bandTop(int i) { return 2 + i * (BAND + LABEL + 6) + LABEL; }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        g.clearRect(0, 0, w, canvas.getHeight());
        if (w <= 0) return;
        g.setFont(Font.font("monospace", 11));
        for (int i = 0; i < regions.size(); i++) {
            Snapshot.MemoryRegion r = regions.get(i);
            double top = bandTop(i);
            g.setFill(text);
            g.fillText(String.format("%s 0x%x  %s  (%,d bytes; long runs drawn shorter)", r.region(), r.start(), r.label(), r.length()), 2, top - 4);
            for (long[] run : r.runs()) {
                double x0 = x(r, run[0], w);
                double x1 = Math.max(x0 + 0.75, x(r, run[1], w));
                g.setFill(colors[(int) run[2]]);
                g.fillRect(x0, top, x1 - x0, BAND);
            }
            g.setStroke(outline);
            g.setLineWidth(0.6);
            for (int bi = firstBlockAt(r.start()); bi < blocks.size(); bi++) {
                HeapViewModel.BlockRow b = blocks.get(bi);
                if (b.address() >= r.start() + r.length()) break;
                double x0 = x(r, b.address(), w);
                double x1 = x(r, b.address() + Math.max(1, b.length()), w);
                // blocks too narrow to outline (thousands in a page) show as their bytes' colour only;
                // a block that changed at this step gets a mark above it
                if (x1 - x0 >= 3) g.strokeRect(x0, top + 0.5, x1 - x0, BAND - 1);
                if (b.changed()) {
                    g.setFill(changedColor);
                    g.fillRect(x0, top - 3, Math.max(3, x1 - x0), 3);
                }
            }
            if (selected != null && selected.address() >= r.start() && selected.address() < r.start() + r.length()) {
                double x0 = x(r, selected.address(), w);
                double x1 = Math.max(x0 + 3, x(r, selected.address() + Math.max(1, selected.length()), w));
                g.setStroke(selectedColor);
                g.setLineWidth(2.5);
                g.strokeRect(x0 - 1, top - 1, x1 - x0 + 2, BAND + 2);
            }
        }
    }

    /** The index of the first block at or above {@code address}. */
    private int firstBlockAt(long address) {
        int lo = 0, hi = blocks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (blocks.get(mid).address() < address) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * Where an address is drawn. The scale is compressed: a run of bytes of one state gets width
     * for up to 256 bytes and little more for the rest (logarithmically), so a 16-byte block
     * stays visible beside a 128 KiB page of unused slots.
     */
    private double x(Snapshot.MemoryRegion r, long addr, double w) {
        double[] cum = scale(r);
        List<long[]> runs = r.runs();
        double total = cum[cum.length - 1];
        int lo = 0, hi = runs.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (runs.get(mid)[0] <= addr) lo = mid;
            else hi = mid - 1;
        }
        if (runs.isEmpty() || total <= 0) return 2;
        long[] run = runs.get(lo);
        double within = run[1] > run[0] ? Math.min(1.0, Math.max(0.0, (double) (addr - run[0]) / (run[1] - run[0]))) : 0;
        return 2 + (cum[lo] + within * (cum[lo + 1] - cum[lo])) / total * (w - 4);
    }

    private final java.util.Map<Snapshot.MemoryRegion, double[]> scales = new java.util.IdentityHashMap<>();

    private double[] scale(Snapshot.MemoryRegion r) {
        return scales.computeIfAbsent(r, k -> {
            double[] cum = new double[k.runs().size() + 1];
            for (int i = 0; i < k.runs().size(); i++) {
                long len = k.runs().get(i)[1] - k.runs().get(i)[0];
                cum[i + 1] = cum[i] + weight(len);
            }
            return cum;
        });
    }

    static double weight(long len) {
        return len <= 256 ? len : 256 + 64 * (Math.log((double) len / 256) / Math.log(2));
    }

    /** The address drawn at a fraction of the band (inverse of {@link #x}). */
    private long addressAtFraction(Snapshot.MemoryRegion r, double f) {
        double[] cum = scale(r);
        double target = f * cum[cum.length - 1];
        for (int i = 0; i < r.runs().size(); i++) {
            if (target <= cum[i + 1]) {
                long[] run = r.runs().get(i);
                double span = cum[i + 1] - cum[i];
                double within = span > 0 ? (target - cum[i]) / span : 0;
                return run[0] + (long) (within * (run[1] - run[0]));
            }
        }
        return r.start() + r.length() - 1;
    }

    private long addressAt(double px, double py) {
        double w = canvas.getWidth();
        for (int i = 0; i < regions.size(); i++) {
            double top = bandTop(i);
            if (py < top || py > top + BAND) continue;
            Snapshot.MemoryRegion r = regions.get(i);
            double f = (px - 2) / (w - 4);
            if (f < 0 || f > 1) return 0;
            return addressAtFraction(r, f);
        }
        return 0;
    }

    private String stateAt(long a) {
        for (Snapshot.MemoryRegion r : regions) {
            for (long[] run : r.runs()) {
                if (a >= run[0] && a < run[1]) return ByteKind.values()[(int) run[2]].name().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return "";
    }
}
