package org.heaplab.session;

import java.util.List;
import org.heaplab.alloc.AllocatorEvent;
import org.heaplab.alloc.BlockHistory;
import org.heaplab.runtime.Machine;
import org.heaplab.runtime.Runner;
import org.heaplab.trace.Snapshot.ErrorKind;
import org.heaplab.trace.Snapshot.MemoryError;
import org.heaplab.trace.SnapshotBuilder;
import org.heaplab.trace.SourcePos;

/** Turns the debug allocator's reports and the faults that end a run into the window's error cards. */
final class ErrorCards {
    private ErrorCards() {}

    /** A card for a report, or null for reports that are not errors. */
    static MemoryError of(Machine m, SnapshotBuilder b, AllocatorEvent e, long step) {
        return switch (e) {
            case AllocatorEvent.DoubleFree d -> new MemoryError(ErrorKind.DOUBLE_FREE, "Double free",
                    Explainer.doubleFree(m, d), d.address(), d.length(), first(b.trace(d.secondFree())), first(b.trace(d.allocTrace())),
                    first(b.trace(d.firstFree())), step);
            case AllocatorEvent.WrongSizeFree w -> new MemoryError(ErrorKind.WRONG_SIZE_FREE, "Free of the wrong size",
                    "The block at 0x" + Long.toHexString(w.address()) + " has " + w.allocatedLength() + " bytes but was freed as "
                            + w.freedLength() + " bytes. Free exactly the slice that alloc returned.",
                    w.address(), w.allocatedLength(), first(b.trace(w.freeTrace())), first(b.trace(w.allocTrace())), null, step);
            case AllocatorEvent.Leak l -> new MemoryError(ErrorKind.LEAK, "Leak",
                    "The block of " + l.length() + " bytes at 0x" + Long.toHexString(l.address()) + " was never freed. Free every block "
                            + "once you are done with it; `defer allocator.free(x);` right after the allocation does it on every path.",
                    l.address(), l.length(), null, first(b.trace(l.allocTrace())), null, step);
            case AllocatorEvent.InvalidFree i -> new MemoryError(ErrorKind.INVALID_FREE, "Invalid free",
                    "The address 0x" + Long.toHexString(i.address()) + " was never handed out by this allocator (or was already given "
                            + "back), so it cannot be freed.", i.address(), i.length(), null, null, null, step);
            default -> null;
        };
    }

    /** A card for the way a run ended, or null when it ended normally. */
    static MemoryError of(Machine m, SnapshotBuilder b, Runner.Result r, long step) {
        if (r == null) return null;
        SourcePos at = first(b.trace(m.faultTrace()));
        return switch (r.ending()) {
            case SEGFAULT -> {
                BlockHistory.Block block = m.blocks().blockAt(r.faultAddress());
                boolean freed = block != null && !block.live();
                yield new MemoryError(freed ? ErrorKind.USE_AFTER_FREE : ErrorKind.SEGFAULT, freed ? "Use after free" : "Segmentation fault",
                        Explainer.faultCause(m, r), block != null ? block.address() : r.faultAddress(), block != null ? block.length() : 0, at,
                        block != null ? first(b.trace(block.allocTrace())) : null, freed ? first(b.trace(block.freeTrace())) : null,
                        step);
            }
            case PANIC, TEST_CRASHED -> {
                if (r.detail() == null) yield null;
                boolean invalidFree = r.detail().startsWith("Invalid free");
                yield new MemoryError(invalidFree ? ErrorKind.INVALID_FREE : ErrorKind.PANIC, invalidFree ? "Invalid free" : "Panic: " + r.detail(),
                        r.faultAddress() != 0 ? Explainer.faultCause(m, r) : Explainer.panic(r.detail()), r.faultAddress(), 0, at, null, null, step);
            }
            case STACK_OVERFLOW -> new MemoryError(ErrorKind.STACK_OVERFLOW, "Stack overflow",
                    "The program ran out of stack: every call takes room for its locals, and a huge local array or recursion that never "
                            + "stops uses it all. The operating system kills the process (exit 139) before Zig can print anything.",
                    0, 0, at, null, null, step);
            default -> null;
        };
    }

    private static SourcePos first(List<SourcePos> trace) {
        return trace.isEmpty() ? null : trace.get(0);
    }
}
