package org.heaplab.ui.heap;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.heaplab.trace.ByteKind;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.SourcePos;
import org.heaplab.trace.ProgramNames;

/**
 * The Heap pane's data: the block table (by default the blocks the program asked for; all
 * layers on request), the regions of the heap map, and the selected block's bytes as hex with
 * each byte's state.
 */
public final class HeapViewModel {
    /** One row of the block table. */
    public record BlockRow(String key, long address, long length, long size, long alignment, String allocator, Snapshot.BlockState state,
                           SourcePos allocSite, SourcePos freeSite, boolean changed, boolean programRequested, boolean orphaned) {
        public String addressText() { return "0x" + Long.toHexString(address); }

        /** live, freed, leaked, or orphaned (live, but nothing points to it any more). */
        public String stateText() { return orphaned ? "orphaned" : state.name().toLowerCase(java.util.Locale.ROOT); }
    }

    /** A byte of the hex view: its value and state. */
    public record HexByte(int value, ByteKind state) {}

    /** The selected block: its row, typed rendering and first bytes. */
    public record Detail(BlockRow row, String typed, List<HexByte> bytes, long shownFrom, Snapshot.HeapBlock block) {}

    private final ObservableList<BlockRow> blocks = FXCollections.observableArrayList();
    private final ObservableList<Snapshot.MemoryRegion> regions = FXCollections.observableArrayList();
    private final BooleanProperty allLayers = new SimpleBooleanProperty(this, "allLayers", false);
    private final ReadOnlyObjectWrapper<Detail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final javafx.beans.property.ReadOnlyIntegerWrapper shown = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "shown");
    private Snapshot snapshot;
    private String selectedKey;

    public HeapViewModel() {
        allLayers.addListener((o, a, b) -> show(snapshot));
    }

    public ObservableList<BlockRow> blocks() { return blocks; }

    /** Counts the snapshots shown: one change for the heap map to redraw after the rows and regions changed. */
    public javafx.beans.property.ReadOnlyIntegerProperty shownProperty() { return shown.getReadOnlyProperty(); }

    public ObservableList<Snapshot.MemoryRegion> regions() { return regions; }

    /** Whether blocks allocators took from their parents are listed too (an arena's buffers, a debug allocator's pages). */
    public BooleanProperty allLayersProperty() { return allLayers; }

    public ReadOnlyObjectProperty<Detail> detailProperty() { return detail.getReadOnlyProperty(); }

    public void show(Snapshot s) {
        snapshot = s;
        List<BlockRow> rows = new ArrayList<>();
        if (s != null) {
            for (Snapshot.HeapBlock b : s.blocks()) {
                if (!allLayers.get() && !b.programRequested()) continue;
                rows.add(new BlockRow(b.key(), b.address(), b.length(), b.size(), b.alignment(), b.allocatorName() + " #" + b.allocator(), b.state(),
                        b.allocSite(), b.freeSite(), s.changes().blocks().contains(b.key()), b.programRequested(), b.orphaned()));
            }
            regions.setAll(s.regions().stream().filter(r -> r.region().equals("heap") || r.region().equals("stack")).toList());
        } else {
            regions.clear();
        }
        update(blocks, rows);
        shown.set(shown.get() + 1);
        select(selectedKey);
    }

    /**
     * Makes {@code list} equal to {@code rows} by changing it in place, matched by block key: a
     * freed block's row goes, a new one is inserted where it belongs, a row that changed is
     * replaced, and an unchanged row stays the same object. So a step re-renders only the rows
     * it changed instead of the whole table. Rows whose order changed are set all at once.
     */
    static void update(ObservableList<BlockRow> list, List<BlockRow> rows) {
        var wanted = new java.util.HashMap<String, Integer>(rows.size() * 2);
        for (int i = 0; i < rows.size(); i++) wanted.put(rows.get(i).key(), i);
        if (wanted.size() != rows.size()) {
            list.setAll(rows); // keys repeat: nothing to match by
            return;
        }
        // the rows that stay must keep their order among themselves, or matching gives nothing
        int last = -1;
        int staying = 0;
        for (BlockRow r : list) {
            Integer at = wanted.get(r.key());
            if (at == null) continue;
            if (at <= last) {
                list.setAll(rows);
                return;
            }
            last = at;
            staying++;
        }
        if (staying == 0) {
            list.setAll(rows);
            return;
        }
        // removed rows first, a run of neighbours in one change
        for (int i = list.size() - 1; i >= 0; ) {
            if (wanted.containsKey(list.get(i).key())) {
                i--;
                continue;
            }
            int end = i + 1;
            while (i >= 0 && !wanted.containsKey(list.get(i).key())) i--;
            list.remove(i + 1, end);
        }
        // then the new ones inserted and the changed ones replaced, in order
        for (int i = 0; i < rows.size(); i++) {
            BlockRow r = rows.get(i);
            if (i < list.size() && list.get(i).key().equals(r.key())) {
                if (!list.get(i).equals(r)) list.set(i, r);
            } else {
                list.add(i, r);
            }
        }
    }

    /** Selects the block with this key (null: none) and computes its detail. */
    public void select(String key) {
        selectedKey = key;
        Snapshot.HeapBlock b = null;
        if (snapshot != null && key != null) {
            for (Snapshot.HeapBlock x : snapshot.blocks()) if (x.key().equals(key)) b = x;
        }
        if (b == null) {
            detail.set(null);
            return;
        }
        List<HexByte> bytes = new ArrayList<>();
        if (b.head() != null) {
            for (int i = 0; i < b.head().length; i++) bytes.add(new HexByte(b.head()[i] & 0xFF, ByteKind.of(b.headStates()[i])));
        }
        BlockRow row = null;
        for (BlockRow r : blocks) if (r.key().equals(key)) row = r;
        if (row == null) {
            row = new BlockRow(b.key(), b.address(), b.length(), b.size(), b.alignment(), b.allocatorName() + " #" + b.allocator(), b.state(),
                    b.allocSite(), b.freeSite(), false, b.programRequested(), b.orphaned());
        }
        detail.set(new Detail(row, ProgramNames.of(snapshot).strip(b.typed()), List.copyOf(bytes), b.address(), b));
    }

    /** Selects the block covering an address; returns its key or null. */
    public String selectAddress(long address) {
        if (snapshot == null) return null;
        Snapshot.HeapBlock b = snapshot.blockAt(address);
        if (b != null && !allLayers.get() && !b.programRequested()) {
            // a layer block: keep it selectable by listing all layers
            allLayers.set(true);
        }
        select(b == null ? null : b.key());
        return b == null ? null : b.key();
    }

    /** Hex dump lines: "0x7f3a...  aa aa aa ...  |........|", 16 bytes a line. */
    public static List<String> hexLines(Detail d) {
        List<String> out = new ArrayList<>();
        List<HexByte> bytes = d.bytes();
        for (int i = 0; i < bytes.size(); i += 16) {
            var sb = new StringBuilder(String.format("%012x  ", d.shownFrom() + i));
            var ascii = new StringBuilder();
            for (int j = i; j < i + 16; j++) {
                if (j < bytes.size()) {
                    int v = bytes.get(j).value();
                    sb.append(String.format("%02x ", v));
                    ascii.append(v >= 32 && v < 127 ? (char) v : '.');
                } else {
                    sb.append("   ");
                }
            }
            out.add(sb.append(' ').append(ascii).toString());
        }
        return out;
    }
}
