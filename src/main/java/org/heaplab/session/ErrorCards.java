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

/**
 * Turns the debug allocator's reports and the way a run ends into the window's error cards: each
 * card explains its {@link ReportKind} (what happened here, the values on the failing line, why
 * Zig stops there, the fix) and links to the scenario that teaches it.
 */
final class ErrorCards {
    private ErrorCards() {}

    /** A card for a report, or null for reports that are not errors. */
    static MemoryError of(Machine m, SnapshotBuilder b, AllocatorEvent e, long step) {
        return switch (e) {
            case AllocatorEvent.DoubleFree d -> card(ErrorKind.DOUBLE_FREE, ReportKind.DOUBLE_FREE, Explainer.doubleFree(m, d), "", d.address(),
                    d.length(), first(b.trace(d.secondFree())), first(b.trace(d.allocTrace())), first(b.trace(d.firstFree())), step);
            case AllocatorEvent.WrongSizeFree w -> card(ErrorKind.WRONG_SIZE_FREE, ReportKind.WRONG_SIZE_FREE,
                    "The block at 0x" + Long.toHexString(w.address()) + " has " + w.allocatedLength() + " bytes but was freed as "
                            + w.freedLength() + " bytes.", "",
                    w.address(), w.allocatedLength(), first(b.trace(w.freeTrace())), first(b.trace(w.allocTrace())), null, step);
            case AllocatorEvent.Leak l -> card(ErrorKind.LEAK, ReportKind.LEAK,
                    "The block of " + l.length() + " bytes at 0x" + Long.toHexString(l.address()) + " was never freed.", "",
                    l.address(), l.length(), null, first(b.trace(l.allocTrace())), null, step);
            case AllocatorEvent.InvalidFree i -> card(ErrorKind.INVALID_FREE, ReportKind.INVALID_FREE,
                    "The address 0x" + Long.toHexString(i.address()) + " was never handed out by this allocator (or was already given "
                            + "back), so it cannot be freed.", "", i.address(), i.length(), null, null, null, step);
            default -> null;
        };
    }

    /** A card for the way a run ended, or null when it ended normally (or with an error main returned, which the console shows). */
    static MemoryError of(Machine m, SnapshotBuilder b, Runner.Result r, long step) {
        if (r == null) return null;
        SourcePos at = first(b.trace(m.faultTrace()));
        return switch (r.ending()) {
            case SEGFAULT -> {
                BlockHistory.Block block = m.blocks().blockAt(r.faultAddress());
                boolean freed = block != null && !block.live();
                yield card(freed ? ErrorKind.USE_AFTER_FREE : ErrorKind.SEGFAULT, freed ? ReportKind.USE_AFTER_FREE : ReportKind.SEGFAULT,
                        Explainer.faultCause(m, r), FailingLine.values(m), block != null ? block.address() : r.faultAddress(),
                        block != null ? block.length() : 0, at, block != null ? first(b.trace(block.allocTrace())) : null,
                        freed ? first(b.trace(block.freeTrace())) : null, step);
            }
            case PANIC, TEST_CRASHED -> {
                if (r.detail() == null) yield null;
                ReportKind k = ReportKinds.ofPanic(r.detail());
                boolean invalidFree = k == ReportKind.INVALID_FREE;
                String here = r.faultAddress() != 0 ? Explainer.faultCause(m, r) : k.what();
                var c = card(invalidFree ? ErrorKind.INVALID_FREE : ErrorKind.PANIC, r.faultAddress() != 0 ? ReportKind.USE_AFTER_FREE : k, here,
                        FailingLine.values(m), r.faultAddress(), 0, at, null, null, step);
                yield invalidFree ? c : new MemoryError(c.kind(), "Panic: " + r.detail(), c.explanation(), c.address(), c.size(), c.at(),
                        c.allocatedAt(), c.freedAt(), c.step(), c.report(), c.lesson());
            }
            case STACK_OVERFLOW -> card(ErrorKind.STACK_OVERFLOW, ReportKind.STACK_OVERFLOW, ReportKind.STACK_OVERFLOW.what(), "", 0, 0, at, null,
                    null, step);
            default -> null;
        };
    }

    private static MemoryError card(ErrorKind kind, ReportKind k, String here, String values, long address, long size, SourcePos at,
                                    SourcePos allocatedAt, SourcePos freedAt, long step) {
        return new MemoryError(kind, k.title(), Explainer.body(k, here, values), address, size, at, allocatedAt, freedAt, step, k.id(), k.lesson());
    }

    private static SourcePos first(List<SourcePos> trace) {
        return trace.isEmpty() ? null : trace.get(0);
    }
}
