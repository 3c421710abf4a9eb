package org.heaplab.ui.alloc;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.heaplab.trace.AllocatorInfo;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.ProgramNames;

/** The Allocators pane's data: the chain as a forest (children are the allocators that take memory from a parent), and the recent calls. */
public final class AllocatorsViewModel {
    /** An allocator and the allocators built on it. */
    public record Node(AllocatorInfo allocator, boolean changed, List<Node> children) {
        public String title() { return allocator.kind() + " #" + allocator.id(); }
    }

    private final ObservableList<Node> roots = FXCollections.observableArrayList();
    private final ObservableList<String> calls = FXCollections.observableArrayList();
    private final javafx.beans.property.ObjectProperty<Integer> selected = new javafx.beans.property.SimpleObjectProperty<>(this, "selected");
    private Snapshot snapshot;

    public AllocatorsViewModel() {
        selected.addListener((o, a, b) -> showCalls());
    }

    /** The allocator whose calls are listed (null: every allocator's). */
    public javafx.beans.property.ObjectProperty<Integer> selectedProperty() { return selected; }

    /** Roots are the allocators that take memory from no other one (the page allocator, a fixed buffer). */
    public ObservableList<Node> roots() { return roots; }

    /** The recent calls to the selected allocator (or all), newest first, as text. */
    public ObservableList<String> calls() { return calls; }

    public void show(Snapshot s) {
        snapshot = s;
        List<Node> out = new ArrayList<>();
        if (s != null) {
            for (AllocatorInfo d : s.allocators()) {
                if (d.parent() < 0 || s.allocators().stream().noneMatch(p -> p.id() == d.parent())) out.add(node(s, d, 0));
            }
        }
        roots.setAll(out);
        showCalls();
    }

    /** An allocator's type as the panes show it (a program's own allocator without its file's module). */
    public String typeOf(AllocatorInfo d) {
        return ProgramNames.of(snapshot).strip(d.typeName());
    }

    /** The allocator that handed out the block at {@code address}, or null. */
    public Integer ownerOf(long address) {
        Snapshot s = snapshot;
        if (s == null) return null;
        Snapshot.HeapBlock b = s.blockAt(address);
        return b == null || b.allocator() < 0 ? null : b.allocator();
    }

    private void showCalls() {
        List<String> callText = new ArrayList<>();
        Snapshot s = snapshot;
        if (s != null) {
            Integer only = selected.get();
            for (int i = s.calls().size() - 1; i >= 0; i--) {
                Snapshot.AllocatorCall c = s.calls().get(i);
                if (only == null || c.allocator() == only) callText.add(describe(s, c));
            }
        }
        calls.setAll(callText);
    }

    private Node node(Snapshot s, AllocatorInfo d, int depth) {
        List<Node> kids = new ArrayList<>();
        if (depth < 16) {
            for (AllocatorInfo c : s.allocators()) if (c.parent() == d.id() && c.id() != d.id()) kids.add(node(s, c, depth + 1));
        }
        return new Node(d, s.changes().allocators().contains(d.id()), List.copyOf(kids));
    }

    static String name(Snapshot s, int id) {
        if (id < 0) return "the program";
        for (AllocatorInfo d : s.allocators()) if (d.id() == id) return d.kind() + " #" + id;
        return "#" + id;
    }

    /** "#12 alloc 32 bytes -> 0x7f3a... by the program at main.zig:9, DebugAllocator #1". */
    static String describe(Snapshot s, Snapshot.AllocatorCall c) {
        String what = switch (c.op()) {
            case "alloc" -> "alloc " + c.length() + " bytes" + (c.ok() ? " -> 0x" + Long.toHexString(c.address()) : " refused");
            case "free" -> "free " + c.length() + " bytes at 0x" + Long.toHexString(c.address());
            default -> c.op() + " 0x" + Long.toHexString(c.address()) + " " + c.length() + " -> " + c.newLength() + " bytes" + (c.ok() ? "" : " refused");
        };
        String site = c.site() == null ? "" : " (" + ProgramNames.of(s).where(c.site()) + ")";
        return "#" + c.serial() + " " + name(s, c.allocator()) + ": " + what + ", asked by " + name(s, c.requester()) + site;
    }
}
