package org.heaplab.session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.heaplab.alloc.AllocatorDescription;

/** The allocator chain as text, for {@code heaplab run --allocators}: each chain from the allocator the program used down to the pages. */
public final class AllocatorReport {
    private AllocatorReport() {}

    public static String render(List<AllocatorDescription> all) {
        if (all.isEmpty()) return "Allocators: the program allocated nothing.\n";
        Map<Integer, AllocatorDescription> byId = new LinkedHashMap<>();
        Set<Integer> parents = new HashSet<>();
        for (AllocatorDescription d : all) {
            byId.put(d.id(), d);
            if (d.parent() >= 0) parents.add(d.parent());
        }
        List<AllocatorDescription> order = new ArrayList<>();
        Set<AllocatorDescription> done = new HashSet<>();
        for (AllocatorDescription top : all) {
            if (parents.contains(top.id())) continue; // printed in a chain below its child
            for (AllocatorDescription d = top; d != null && done.add(d); d = d.parent() >= 0 ? byId.get(d.parent()) : null) order.add(d);
        }
        for (AllocatorDescription d : all) if (done.add(d)) order.add(d);

        var sb = new StringBuilder("Allocators when the program ended, each followed by the one it takes memory from:\n");
        for (AllocatorDescription d : order) {
            sb.append('\n').append(label(d));
            if (!d.typeName().equals(d.kind())) sb.append("  (").append(d.typeName()).append(')');
            sb.append('\n');
            if (d.parent() >= 0) {
                AllocatorDescription p = byId.get(d.parent());
                sb.append("  parent: ").append(p != null ? label(p) : "?").append('\n');
            }
            if (!d.kind().equals("MemoryPool")) {
                sb.append(String.format("  live: %d %s, %d bytes requested, %d bytes reserved; peak %d bytes%n",
                        d.liveBlocks(), d.liveBlocks() == 1 ? "block" : "blocks", d.liveBytes(), d.reservedBytes(), d.peakBytes()));
                sb.append(String.format("  calls: %d %s, %d %s; refused %d %s and %d %s%n",
                        d.allocations(), d.allocations() == 1 ? "allocation" : "allocations", d.frees(), d.frees() == 1 ? "free" : "frees",
                        d.refusedAllocations(), d.refusedAllocations() == 1 ? "allocation" : "allocations",
                        d.refusedResizes(), d.refusedResizes() == 1 ? "resize" : "resizes"));
            }
            for (AllocatorDescription.Detail detail : d.details()) sb.append("  ").append(detail.name()).append(": ").append(detail.value()).append('\n');
        }
        return sb.toString();
    }

    private static String label(AllocatorDescription d) {
        return d.address() == 0 ? d.kind() : String.format("%s at 0x%x", d.kind(), d.address());
    }
}
