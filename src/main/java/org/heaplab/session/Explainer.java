package org.heaplab.session;

import java.util.ArrayList;
import java.util.List;
import org.heaplab.alloc.AllocatorEvent;
import org.heaplab.alloc.BlockHistory;
import org.heaplab.alloc.StackTrace;
import org.heaplab.diag.Diagnostic;
import org.heaplab.runtime.Machine;
import org.heaplab.runtime.Runner;
import org.heaplab.source.Span;

/**
 * Heap Lab's plain-language account of a run, printed after Zig's own text by {@code --explain}:
 * which blocks leaked and where they were allocated, which block was freed twice, what memory a
 * faulting access touched and what became of it, and what a panic means.
 */
public final class Explainer {
    private Explainer() {}

    public static String explain(Session.Outcome o) {
        List<String> parts = new ArrayList<>();
        if (o.result() == null) {
            if (o.compilation() != null && !o.compilation().ok()) parts.add(compileError(o.compilation().zigDiagnostics().get(0)));
            return join(parts);
        }
        Runner.Result r = o.result();
        Machine m = r.machine();
        List<AllocatorEvent.Leak> leaks = new ArrayList<>();
        for (AllocatorEvent e : m.reports()) {
            switch (e) {
                case AllocatorEvent.DoubleFree d -> parts.add(doubleFree(m, d));
                case AllocatorEvent.WrongSizeFree w -> parts.add("The block at 0x" + Long.toHexString(w.address()) + " has " + w.allocatedLength()
                        + " bytes (allocated " + where(m, w.allocTrace()) + ") but was freed as " + w.freedLength() + " bytes "
                        + where(m, w.freeTrace()) + ". Free exactly the slice that alloc returned.");
                case AllocatorEvent.Leak l -> leaks.add(l);
                default -> { }
            }
        }
        if (!leaks.isEmpty()) parts.add(leaks(m, leaks));
        switch (r.ending()) {
            case SEGFAULT -> parts.add(fault(m, r));
            case PANIC, TEST_CRASHED -> {
                if (r.detail() != null && r.faultAddress() != 0) parts.add(fault(m, r));
                else if (r.detail() != null) parts.add("It panicked " + where(m, m.faultTrace()) + ". " + panic(r.detail()));
            }
            case STACK_OVERFLOW -> parts.add("The program ran out of stack: the process was killed by the operating system (signal SIGSEGV, exit 139) "
                    + "before Zig could print anything. Every call takes room on the stack for its locals; a local array of megabytes or "
                    + "recursion that never stops uses it all. Put big buffers on the heap (allocator.alloc) instead.");
            case ERROR_RETURNED -> parts.add("main returned error." + r.detail() + ", so the program exited with status 1. The trace above "
                    + "lists where the error was returned and every `try` that passed it on, innermost first. Deferred code (and "
                    + "errdefer) ran before main returned.");
            case LIMIT -> parts.add("Heap Lab stopped the program because " + r.detail() + ". Zig itself has no such limit; the lab "
                    + "keeps runaway programs from freezing your machine.");
            default -> { }
        }
        return join(parts);
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
        sb.append("Free every block once you are done with it; writing `defer allocator.free(x);` (or destroy) right after the "
                + "allocation makes sure of it on every path out of the function.");
        return sb.toString();
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
        if (r.detail() != null && r.detail().startsWith("General protection")) {
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

    static String panic(String message) {
        if (message.startsWith("index out of bounds")) {
            return "The program indexed past the end of an array or slice (" + message + "). Valid indexes go from 0 to len - 1; "
                    + "Debug builds check every index so the bug stops here instead of corrupting memory.";
        }
        if (message.startsWith("integer overflow")) {
            return "An arithmetic result did not fit its integer type. Use a wider type, or the wrapping (+%) or saturating (+|) "
                    + "operators when wrapping is what you mean.";
        }
        if (message.startsWith("attempt to use null value")) {
            return "`.?` was used on an optional that was null. Check it first with `if (x) |value|` or give a default with `orelse`.";
        }
        if (message.startsWith("reached unreachable code")) {
            return "Control reached `unreachable` (or a failed std.debug.assert): something the program assumed could not happen did.";
        }
        if (message.equals("Invalid free")) {
            return "A block was freed through an allocator that did not allocate it. Free memory with the same allocator that "
                    + "allocated it.";
        }
        if (message.startsWith("integer cast truncated") || message.startsWith("attempt to cast negative")) {
            return "@intCast got a value that does not fit the target type (" + message + ").";
        }
        if (message.startsWith("division by zero")) return "The program divided by zero.";
        return "The program panicked: " + message + ". A panic stops the program at once; pending defers do not run.";
    }

    private static String compileError(Diagnostic d) {
        String msg = d.message();
        if (msg.startsWith("unused local")) {
            return "Zig refuses unused locals. Use the value, remove it, or discard it explicitly with `_ = name;`.";
        }
        if (msg.startsWith("local variable is never mutated")) {
            return "This `var` is never changed, so Zig wants it to be `const`. (Changing what a slice points at, like "
                    + "`buf[0] = 1`, does not change the slice itself.)";
        }
        if (msg.startsWith("unable to resolve comptime value")) {
            return "A value that must be known while compiling (like an array's length) depends on something only known at run "
                    + "time. For a size known only at run time, allocate on the heap: `try allocator.alloc(u8, n)`.";
        }
        if (msg.startsWith("error union is ignored")) {
            return "The call can fail, and Zig makes you decide what happens then: `try` passes the error up, `catch` handles it.";
        }
        return "";
    }
}
