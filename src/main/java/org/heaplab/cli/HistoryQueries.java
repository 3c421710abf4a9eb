package org.heaplab.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.heaplab.session.BlockEvent;
import org.heaplab.session.Hop;
import org.heaplab.session.TraceFile;
import org.heaplab.session.Write;
import org.heaplab.session.WriteHistory;

/**
 * {@code heaplab replay TRACE --at N --last-write ADDR | --origin ADDR | --block-history ADDR}:
 * the write history's answers for scripts and tests, a line per write, hop or event. The run is
 * replayed to step N (its end by default), as {@code replay --at} does, recording its writes.
 */
final class HistoryQueries {
    private HistoryQueries() {}

    enum Query { LAST_WRITE, ORIGIN, BLOCK_HISTORY }

    /** An address as given: hex with 0x, or decimal; null when it is neither. */
    static Long parseAddress(String s) {
        if (s == null) return null;
        String t = s.strip().replace("_", "");
        try {
            if (t.startsWith("0x") || t.startsWith("0X")) return Long.parseUnsignedLong(t.substring(2), 16);
            return Long.parseUnsignedLong(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static int run(TraceFile t, Long at, Query q, String addressText, long length, long timeoutSeconds, PrintStream out, PrintStream err)
            throws InterruptedException {
        Long address = parseAddress(addressText);
        if (address == null) {
            err.println("heaplab: '" + addressText + "' is not an address: give it in hex (0x7ffc9a3ffe10) or decimal");
            return 2;
        }
        if (length <= 0) {
            err.println("heaplab: --length must be 1 or more");
            return 2;
        }
        long step = at == null ? t.steps() + 1 : at;
        if (step < 0) {
            err.println("heaplab: --at must be 0 or more");
            return 2;
        }
        if (step > t.steps() + 1) {
            err.println("heaplab: the traced run has " + t.steps() + " steps; asking at its end");
            step = t.steps() + 1;
        }
        step = Math.max(1, step);
        TraceFile.Replayed r = t.replayTo(step, timeoutSeconds * 1000);
        if (r == null) {
            err.println("heaplab: the replay did not get to step " + step + " within " + timeoutSeconds + " s");
            return 1;
        }
        // the end of the run: its last step's writes count too
        long before = step > t.steps() ? Long.MAX_VALUE : step;
        String when = before == Long.MAX_VALUE ? "at the end of the run" : "before step " + step;
        WriteHistory h = r.history();
        String range = String.format("0x%x", address) + (length == 1 ? "" : " (" + length + " bytes)");
        boolean mapped = r.mapped(address);
        return switch (q) {
            case LAST_WRITE -> {
                Optional<Write> w = h.lastWrite(address, length, before);
                if (w.isEmpty()) yield nothing(h, range, when, mapped, out, err);
                if (!mapped) out.println(String.format("0x%x is not in the memory the run uses %s (its memory was given back)", address, when));
                Write x = w.get();
                out.println("last write to " + range + " " + when + ":");
                out.println(line(x));
                out.println("  " + x.describe());
                yield 0;
            }
            case ORIGIN -> {
                List<Hop> hops = h.origin(address, length, before);
                if (hops.isEmpty()) yield nothing(h, range, when, mapped, out, err);
                out.println("origin of " + range + " " + when + ", newest first:");
                for (Hop hop : hops) out.println(line(hop.write()) + "    <- " + hop.how());
                Hop last = hops.getLast();
                if (last.fromAddress() >= 0) out.println("  (the chain stops after " + WriteHistory.MAX_HOPS + " hops)");
                yield 0;
            }
            case BLOCK_HISTORY -> {
                List<BlockEvent> life = h.blockLife(address, before == Long.MAX_VALUE ? -1 : before - 1);
                if (life.isEmpty()) {
                    out.println(String.format("no heap block the program allocated holds 0x%x %s", address, when));
                    yield 1;
                }
                out.println(String.format("the block holding 0x%x, %s:", address, when));
                for (BlockEvent e : life) out.println(String.format("  step %-8d %s", e.step(), e.text()));
                yield 0;
            }
        };
    }

    private static int nothing(WriteHistory h, String range, String when, boolean mapped, PrintStream out, PrintStream err) {
        if (h.firstHeldStep() > 1) {
            out.println("nothing the history holds wrote " + range + " " + when + ": it was written before step " + h.firstHeldStep()
                    + ", which the history no longer holds, or never");
            return 1;
        }
        if (!mapped) {
            err.println("heaplab: " + range + " is not in the memory the run uses " + when + " (not mapped, or stack below the deepest frame): "
                    + "no variable or block is there, and the run never wrote it");
            return 1;
        }
        out.println("nothing wrote " + range + " " + when);
        return 1;
    }

    /** "  step 21      main.zig:17   const b = node.value;" */
    private static String line(Write w) {
        return String.format("  step %-8d %-14s %s", w.step(), w.where(), w.lineText());
    }
}
