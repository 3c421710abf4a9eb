package org.heaplab.session;

import java.util.ArrayList;
import java.util.List;
import org.heaplab.alloc.AllocatorEvent;
import org.heaplab.alloc.BlockHistory;
import org.heaplab.alloc.StackTrace;
import org.heaplab.diag.Diagnostic;
import org.heaplab.memory.MemoryFault;
import org.heaplab.runtime.Machine;
import org.heaplab.runtime.Runner;
import org.heaplab.source.Span;

/**
 * Heap Lab's plain-language account of a run, printed after Zig's own text by {@code --explain}:
 * which blocks leaked and where they were allocated, which block was freed twice, what memory a
 * faulting access touched and what became of it, and what a panic means. Each report gets its
 * {@link ReportKind}'s account (why Zig stops there, how to fix it, the scenario that teaches
 * it) and, for a run that stopped on a line, the values of the variables used on that line.
 */
public final class Explainer {
    private Explainer() {}

    public static String explain(Session.Outcome o) {
        List<String> parts = new ArrayList<>();
        if (o.result() == null) {
            if (o.compilation() != null && !o.compilation().ok()) {
                for (Diagnostic d : o.compilation().zigDiagnostics()) parts.add(compileError(d));
            }
            return join(parts);
        }
        Runner.Result r = o.result();
        Machine m = r.machine();
        List<AllocatorEvent.Leak> leaks = new ArrayList<>();
        for (AllocatorEvent e : m.reports()) {
            switch (e) {
                case AllocatorEvent.DoubleFree d -> parts.add(part(ReportKind.DOUBLE_FREE, doubleFree(m, d), ""));
                case AllocatorEvent.WrongSizeFree w -> parts.add(part(ReportKind.WRONG_SIZE_FREE, "The block at 0x" + Long.toHexString(w.address())
                        + " has " + w.allocatedLength() + " bytes (allocated " + where(m, w.allocTrace()) + ") but was freed as "
                        + w.freedLength() + " bytes " + where(m, w.freeTrace()) + ".", ""));
                case AllocatorEvent.Leak l -> leaks.add(l);
                default -> { }
            }
        }
        if (!leaks.isEmpty()) parts.add(part(ReportKind.LEAK, leaks(m, leaks), ""));
        ReportKind k = ReportKinds.ofEnding(r);
        if (k != null) parts.add(ending(m, r, k));
        return join(parts);
    }

    /** The part for the way the run ended. */
    private static String ending(Machine m, Runner.Result r, ReportKind k) {
        String values = k.stage() == ReportKind.Stage.PANIC || k == ReportKind.SEGFAULT || k == ReportKind.USE_AFTER_FREE
                || k == ReportKind.INVALID_FREE || k == ReportKind.TEST_FAILED ? FailingLine.values(m) : "";
        return switch (r.ending()) {
            case SEGFAULT -> {
                BlockHistory.Block block = m.blocks().blockAt(r.faultAddress());
                ReportKind fk = block != null && !block.live() ? ReportKind.USE_AFTER_FREE : ReportKind.SEGFAULT;
                yield part(fk, fault(m, r), values);
            }
            case PANIC, TEST_CRASHED -> {
                if (r.detail() != null && r.faultAddress() != 0) yield part(ReportKind.USE_AFTER_FREE, fault(m, r), values);
                if (r.detail() == null) yield part(k, k.what(), values);
                yield part(k, "It panicked " + where(m, m.faultTrace()) + ". Zig's check: " + r.detail() + ". " + k.what(), values);
            }
            case ERROR_RETURNED -> part(k, "main returned error." + r.detail() + ". " + k.what(), "");
            case LIMIT -> part(k, "Heap Lab stopped the program because " + r.detail() + ".", "");
            case TESTS_FAILED -> part(k, "The tests ended with " + r.detail() + ". " + k.what(), "");
            default -> part(k, k.what(), "");
        };
    }

    /**
     * One explained report: "[title] what happened here. Values on the failing line: x = 1.
     * Why Zig stops there. Fix: how. Lesson: the scenario".
     */
    static String part(ReportKind k, String here, String values) {
        return "[" + k.title() + "] " + body(k, here, values) + " Lesson: scenario " + k.lesson() + ".";
    }

    /** What happened here, the values on the failing line, why Zig stops there and the fix: an error card's text. */
    static String body(ReportKind k, String here, String values) {
        var sb = new StringBuilder(here);
        if (!values.isEmpty()) sb.append(" Values on the failing line: ").append(values).append('.');
        sb.append(' ').append(k.why()).append(" Fix: ").append(k.fix());
        return sb.toString();
    }

    private static String join(List<String> parts) {
        if (parts.isEmpty()) return "";
        var sb = new StringBuilder("Heap Lab explains:\n");
        for (String p : parts) sb.append("- ").append(p).append('\n');
        return sb.toString();
    }

    /** "at main.zig:6 in main": the first frame of a trace that lies in the user's code. */
    static String where(Machine m, StackTrace t) {
        for (long a : t.addresses()) {
            if (!m.isUserCode(a)) continue;
            Span s = m.spanOf(a);
            if (s != null) return "at " + s.file().name() + ":" + s.line();
        }
        return "inside the standard library";
    }

    private static String leaks(Machine m, List<AllocatorEvent.Leak> leaks) {
        long bytes = leaks.stream().mapToLong(AllocatorEvent.Leak::length).sum();
        var sb = new StringBuilder();
        sb.append(leaks.size() == 1 ? "1 block leaked" : leaks.size() + " blocks leaked").append(" (").append(bytes)
                .append(bytes == 1 ? " byte" : " bytes").append("): memory that was allocated and never freed. ");
        for (AllocatorEvent.Leak l : leaks) {
            sb.append("The block of ").append(l.length()).append(" bytes at 0x").append(Long.toHexString(l.address()))
                    .append(" was allocated ").append(where(m, l.allocTrace())).append(". ");
        }
        return sb.toString().strip();
    }

    static String doubleFree(Machine m, AllocatorEvent.DoubleFree d) {
        return "The block at 0x" + Long.toHexString(d.address()) + " (allocated " + where(m, d.allocTrace()) + ") was freed "
                + where(m, d.firstFree()) + " and then freed again " + where(m, d.secondFree()) + ". The debug allocator still had "
                + "the block's page, so it could tell; the second free did nothing. Free each block exactly once.";
    }

    private static String fault(Machine m, Runner.Result r) {
        return "It faulted " + where(m, m.faultTrace()) + ". " + faultCause(m, r);
    }

    static String faultCause(Machine m, Runner.Result r) {
        long addr = r.faultAddress();
        if (r.fault() == MemoryFault.Kind.GENERAL_PROTECTION) {
            return "The program used an address no pointer can hold. 0xaaaaaaaaaaaaaaaa is the pattern Zig writes into memory that "
                    + "became undefined: something was used after it was destroyed, for example an allocator after its deinit().";
        }
        BlockHistory.Block block = m.blocks().blockAt(addr);
        if (addr < 4096) {
            return "The program touched address 0x" + Long.toHexString(addr) + ", in the first page of memory, which is never mapped: "
                    + "a null pointer (or an offset from one) was followed.";
        }
        if (block != null && !block.live()) {
            return "The access at 0x" + Long.toHexString(addr) + " touched the block of " + block.length() + " bytes at 0x"
                    + Long.toHexString(block.address()) + " allocated " + where(m, block.allocTrace()) + " and freed "
                    + where(m, block.freeTrace()) + ". When its last block was freed, the allocator gave the page back to the "
                    + "operating system, so touching it afterwards faults. If the faulting line frees the block, this is a double "
                    + "free; otherwise it is a use after free.";
        }
        return "The program touched address 0x" + Long.toHexString(addr) + ", which no allocation ever handed out: the pointer "
                + "was invalid (never initialized, or computed wrongly).";
    }

    /** A compile error explained: its location, its kind's account, and the particular advice some messages get. */
    static String compileError(Diagnostic d) {
        ReportKind k = ReportKinds.ofDiagnostic(d);
        String at = d.span() != null ? d.location() + ": " : "";
        return part(k, at + d.message() + ". " + k.what() + particular(d.message()), "");
    }

    private static String particular(String msg) {
        if (msg.startsWith("unable to resolve comptime value")) return " For a size known only at run time, allocate on the heap.";
        return "";
    }
}
