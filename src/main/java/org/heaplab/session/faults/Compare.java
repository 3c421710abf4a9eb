package org.heaplab.session.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.heaplab.runtime.FaultPlan;
import org.heaplab.session.Compilation;
import org.heaplab.session.RunSettings;
import org.heaplab.session.Session;

/**
 * One program under several allocators: the program's root allocator replaced by each in turn
 * (its text unchanged), and a row per allocator of what changed: the output, the exit status,
 * the memory it used and took from the operating system, the calls, the errors the allocator
 * reported and the leaks it could not see.
 */
public final class Compare {
    private Compare() {}

    /** What {@code --with} means when it is not given. */
    public static final String DEFAULT_WITH = "own,debug,page,arena,fixed:4096,c,pool";

    /** One allocator to try: {@code own} (the program's, unchanged) or a stand-in. */
    public record Choice(String label, FaultPlan.Substitute substitute, long fixedBytes) {
        FaultPlan plan() { return FaultPlan.replacing(substitute, fixedBytes); }

        /** The same settings with the root allocator replaced by this one (what they fail stays). */
        public RunSettings applyTo(RunSettings s) {
            FaultPlan f = s.faults();
            return s.withFaults(new FaultPlan(f.failAlloc(), f.failResize(), f.fromOn(), f.target(), substitute, fixedBytes));
        }
    }

    /** Parses {@code --with}: names separated by commas; {@code fixed:N} is a fixed buffer of N bytes. Throws IllegalArgumentException with the words to show. */
    public static List<Choice> choices(String with) {
        List<Choice> out = new ArrayList<>();
        for (String raw : with.split(",")) {
            String w = raw.strip().toLowerCase(Locale.ROOT);
            if (w.isEmpty()) continue;
            if (w.startsWith("fixed")) {
                long n = 4096;
                if (w.startsWith("fixed:")) {
                    try {
                        n = Long.parseLong(w.substring(6));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("fixed:N takes a number of bytes, not " + w.substring(6));
                    }
                } else if (!w.equals("fixed")) {
                    throw new IllegalArgumentException(unknown(w));
                }
                if (n < 1 || n > FaultPlan.MAX_FIXED) throw new IllegalArgumentException("fixed:N takes between 1 and " + FaultPlan.MAX_FIXED + " bytes");
                out.add(new Choice("fixed:" + n, FaultPlan.Substitute.FIXED, n));
                continue;
            }
            FaultPlan.Substitute s = switch (w) {
                case "own" -> FaultPlan.Substitute.NONE;
                case "debug", "gpa" -> FaultPlan.Substitute.DEBUG;
                case "page" -> FaultPlan.Substitute.PAGE;
                case "arena" -> FaultPlan.Substitute.ARENA;
                case "c" -> FaultPlan.Substitute.C;
                case "pool" -> FaultPlan.Substitute.POOL;
                default -> throw new IllegalArgumentException(unknown(w));
            };
            out.add(new Choice(w.equals("gpa") ? "debug" : w, s, 0));
        }
        if (out.isEmpty()) throw new IllegalArgumentException("--with needs at least one allocator");
        if (out.size() > 16) throw new IllegalArgumentException("--with takes at most 16 allocators");
        return out;
    }

    private static String unknown(String w) {
        return "unknown allocator '" + w + "': --with takes own, debug, page, arena, fixed:N, c and pool";
    }

    /** One allocator's run; {@code sameOutput} compares its output with the first row's. */
    public record Row(Choice choice, RunFacts facts, boolean sameOutput) {
        /** The errors the allocator reported, in words ("1 leak, double free"), or "none". */
        public String reportedText() { return reported(); }

        /** The leaks the lab saw and the allocator did not report, or "none". */
        public String unseenText() { return unseen(); }

        String reported() {
            List<String> parts = new ArrayList<>();
            if (facts.reportedLeaks() > 0) parts.add(facts.reportedLeaks() + (facts.reportedLeaks() == 1 ? " leak" : " leaks"));
            for (RunFacts.Problem p : facts.reported()) parts.add(p.kind());
            if (facts.ending() != null) {
                switch (facts.ending()) {
                    case PANIC -> parts.add("panic");
                    case SEGFAULT -> parts.add("segfault");
                    default -> { }
                }
            }
            return parts.isEmpty() ? "none" : String.join(", ", parts);
        }

        String unseen() {
            long n = facts.leakedBlocks() - facts.reportedLeaks();
            return n > 0 ? n + (n == 1 ? " leak" : " leaks") : "none";
        }
    }

    public record Result(Compilation compilation, List<Row> rows) {
        /** The table {@code heaplab compare} prints; the time column is last, the only one that varies from run to run. */
        public String render() {
            List<String[]> cells = new ArrayList<>();
            cells.add(new String[] {"allocator", "output", "exit", "peak live", "peak from OS", "overhead", "calls", "refused", "reported",
                    "not seen", "time"});
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                RunFacts f = r.facts();
                cells.add(new String[] {r.choice().label(), i == 0 ? "(first)" : r.sameOutput() ? "same" : "differs",
                        String.valueOf(f.exitCode()), bytes(f.peakLiveBytes()), bytes(f.peakOsBytes()),
                        bytes(Math.max(0, f.peakOsBytes() - f.peakLiveBytes())), String.valueOf(f.calls()), String.valueOf(f.refused()),
                        r.reported(), r.unseen(), f.millis() + " ms"});
            }
            int[] w = new int[cells.get(0).length];
            for (String[] row : cells) for (int c = 0; c < row.length; c++) w[c] = Math.max(w[c], row[c].length());
            var sb = new StringBuilder();
            sb.append(compilation.file().name()).append(": the root allocator replaced by each allocator in turn\n");
            for (String[] row : cells) {
                var line = new StringBuilder();
                for (int c = 0; c < row.length; c++) {
                    if (c > 0) line.append("  ");
                    line.append(c == row.length - 1 ? row[c] : String.format("%-" + w[c] + "s", row[c]));
                }
                sb.append(line.toString().stripTrailing()).append('\n');
            }
            return sb.toString();
        }
    }

    private static String bytes(long n) {
        return n + " B";
    }

    public static Result run(String fileName, String text, Session.Mode mode, RunSettings settings, List<Choice> choices, Consumer<Row> onRow,
                             BooleanSupplier cancelled) {
        Compilation c = Session.compile(fileName, text, mode, settings);
        if (!c.ok()) return new Result(c, List.of());
        List<Row> rows = new ArrayList<>();
        String first = null;
        for (Choice ch : choices) {
            if (cancelled.getAsBoolean()) break;
            RunFacts f = RunFacts.run(c, settings.withFaults(ch.plan()));
            String output = programOutput(f);
            if (first == null) first = output;
            Row r = new Row(ch, f, output.equals(first));
            rows.add(r);
            onRow.accept(r);
        }
        return new Result(c, rows);
    }

    private static final Pattern REPORT = Pattern.compile("^(error|warning|info|debug)\\([a-z_]+\\): ");
    private static final Pattern FRAME = Pattern.compile("^\\S+:\\d+:\\d+: 0x[0-9a-f]+ in ");

    /**
     * What the program printed, without the allocators' reports (a leak report names addresses,
     * and whether there is one depends on the allocator): stdout, then stderr less the report
     * lines and the trace frames under them (three lines each).
     */
    static String programOutput(RunFacts f) {
        var sb = new StringBuilder(f.stdout()).append("\u0000");
        String[] lines = f.stderr().split("\n", -1);
        boolean inReport = false;
        for (int i = 0; i < lines.length; i++) {
            if (REPORT.matcher(lines[i]).find() || lines[i].startsWith("thread ") && lines[i].contains(" panic: ")) {
                inReport = true;
                continue;
            }
            if (FRAME.matcher(lines[i]).find()) {
                i += 2;
                continue;
            }
            // a report's trace ends with an empty line
            if (inReport && lines[i].isEmpty() && i < lines.length - 1) {
                inReport = false;
                continue;
            }
            inReport = false;
            sb.append(lines[i]).append('\n');
        }
        return sb.toString();
    }
}
