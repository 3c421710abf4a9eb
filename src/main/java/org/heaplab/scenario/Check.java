package org.heaplab.scenario;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.heaplab.diag.Diagnostic;
import org.heaplab.trace.AllocatorInfo;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.Snapshot.ErrorKind;
import org.heaplab.trace.Snapshot.HeapBlock;
import org.heaplab.trace.Snapshot.MemoryError;

/**
 * A claim about a run, checked on its snapshot: what {@code expect:} and a task's {@code check:}
 * say. The forms are listed in {@code scenarios/README.md}; {@link #parse} reads them.
 */
public sealed interface Check {
    /** Whether the claim holds, and what the run shows. */
    record Verdict(boolean holds, String claim, String actual) {
        /** "✓ 1 live block" or "✗ 1 live block: the run has 2". */
        public String describe() { return holds ? claim : claim + ": " + actual; }
    }

    /** The claim as the walkthrough states it. */
    String describe();

    Verdict evaluate(Observed o);

    /** A number to compare with: exactly, at least or at most {@code n}. */
    record Amount(Cmp cmp, long n) {
        enum Cmp { EXACTLY, AT_LEAST, AT_MOST }

        boolean holds(long v) {
            return switch (cmp) {
                case EXACTLY -> v == n;
                case AT_LEAST -> v >= n;
                case AT_MOST -> v <= n;
            };
        }

        String describe() {
            return switch (cmp) {
                case EXACTLY -> Long.toString(n);
                case AT_LEAST -> "at least " + n;
                case AT_MOST -> "at most " + n;
            };
        }

        static Amount parse(String s) {
            s = s.strip();
            Cmp c = Cmp.EXACTLY;
            if (s.startsWith("at least ")) {
                c = Cmp.AT_LEAST;
                s = s.substring(9).strip();
            } else if (s.startsWith("at most ")) {
                c = Cmp.AT_MOST;
                s = s.substring(8).strip();
            }
            if (!s.matches("[0-9][0-9_]*")) return null;
            try {
                return new Amount(c, Long.parseLong(s.replace("_", "")));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /** Blocks the program asked for that are not freed (live or leaked). */
    record LiveBlocks(Amount amount) implements Check {
        public String describe() { return amount.describe() + " live " + (amount.n() == 1 ? "block" : "blocks"); }

        public Verdict evaluate(Observed o) {
            long n = live(o).size();
            return new Verdict(amount.holds(n), describe(), "the run has " + n);
        }
    }

    /** The bytes of those blocks. */
    record LiveBytes(Amount amount) implements Check {
        public String describe() { return amount.describe() + " live bytes"; }

        public Verdict evaluate(Observed o) {
            long n = live(o).stream().mapToLong(HeapBlock::length).sum();
            return new Verdict(amount.holds(n), describe(), "the run has " + n);
        }
    }

    /** Leaks reported so far. */
    record Leaks(Amount amount) implements Check {
        public String describe() { return amount.describe() + (amount.n() == 1 ? " leak" : " leaks") + " reported"; }

        public Verdict evaluate(Observed o) {
            long n = errors(o).stream().filter(e -> e.kind() == ErrorKind.LEAK).count();
            return new Verdict(amount.holds(n), describe(), "the run reported " + n);
        }
    }

    /** A memory error of {@code kind} (at {@code line}, 0: anywhere). */
    record Fault(ErrorKind kind, int line) implements Check {
        public String describe() { return "a " + name(kind) + (line > 0 ? " at line " + line : ""); }

        public Verdict evaluate(Observed o) {
            List<MemoryError> all = errors(o);
            for (MemoryError e : all) {
                if (e.kind() == kind && (line == 0 || atLine(e, line))) return new Verdict(true, describe(), "");
            }
            List<String> seen = all.stream().map(e -> name(e.kind()) + (e.at() != null ? " at line " + e.at().line() : "")).distinct().toList();
            return new Verdict(false, describe(), seen.isEmpty() ? "the run has none" : "the run has " + String.join(", ", seen));
        }

        private static boolean atLine(MemoryError e, int line) {
            if (e.kind() == ErrorKind.LEAK) return e.allocatedAt() != null && e.allocatedAt().line() == line || e.at() != null && e.at().line() == line;
            return e.at() != null && e.at().line() == line;
        }
    }

    /** No memory error of any kind but leaks. */
    record NoMemoryErrors() implements Check {
        public String describe() { return "no memory errors"; }

        public Verdict evaluate(Observed o) {
            List<String> seen = errors(o).stream().filter(e -> e.kind() != ErrorKind.LEAK).map(e -> name(e.kind())).distinct().toList();
            return new Verdict(seen.isEmpty(), describe(), "the run has " + String.join(", ", seen));
        }
    }

    /** What the program printed (stdout and stderr): contains, lacks or equals {@code text}. */
    record Output(How how, String text) implements Check {
        enum How { CONTAINS, LACKS, EQUALS }

        public String describe() {
            return switch (how) {
                case CONTAINS -> "the output contains " + quote(text);
                case LACKS -> "the output does not contain " + quote(text);
                case EQUALS -> "the output is " + quote(text);
            };
        }

        public Verdict evaluate(Observed o) {
            String out = o.snapshot() == null ? "" : o.snapshot().output();
            boolean holds = switch (how) {
                case CONTAINS -> out.contains(text);
                case LACKS -> !out.contains(text);
                case EQUALS -> out.equals(text);
            };
            // the output as it was printed, its lines as lines (an escaped \n reads as two characters the program never printed)
            String shown = out.length() > 300 ? out.substring(0, 300) + "..." : out;
            return new Verdict(holds, describe(), shown.isEmpty() ? "the run printed nothing" : "the run printed:\n" + shown.stripTrailing());
        }
    }

    /** The process's exit status (the run has ended). */
    record ExitCode(int code) implements Check {
        public String describe() { return "the exit status is " + code; }

        public Verdict evaluate(Observed o) {
            Snapshot s = o.snapshot();
            if (s == null || s.state() != Snapshot.RunState.FINISHED) return new Verdict(false, describe(), "the run has not ended");
            return new Verdict(s.exitCode() == code, describe(), "it is " + s.exitCode());
        }
    }

    /** The run is paused at {@code line}. */
    record AtLine(int line) implements Check {
        public String describe() { return "the run is at line " + line; }

        public Verdict evaluate(Observed o) {
            Snapshot s = o.snapshot();
            if (s == null || s.state() != Snapshot.RunState.PAUSED) return new Verdict(false, describe(), "it is not paused");
            int at = s.position() == null ? 0 : s.position().line();
            return new Verdict(at == line, describe(), "it is at line " + at);
        }
    }

    /** The program does not compile, with an error at {@code line}. */
    record CompileError(int line) implements Check {
        public String describe() { return "a compile error at line " + line; }

        public Verdict evaluate(Observed o) {
            if (o.compilation() == null) return new Verdict(false, describe(), "nothing was compiled");
            List<Diagnostic> errs = o.compilation().diagnostics().stream()
                    .filter(d -> d.severity() == org.heaplab.diag.Severity.ERROR && d.span() != null && !d.span().file().isLibrary()).toList();
            boolean holds = errs.stream().anyMatch(d -> d.span().line() == line);
            return new Verdict(holds, describe(), errs.isEmpty() ? "the program compiles"
                    : "the errors are at lines " + errs.stream().map(d -> Integer.toString(d.span().line())).distinct().toList());
        }
    }

    /** The program compiles. */
    record Compiles() implements Check {
        public String describe() { return "the program compiles"; }

        public Verdict evaluate(Observed o) {
            boolean ok = o.compilation() != null && o.compilation().ok();
            return new Verdict(ok, describe(), "it does not");
        }
    }

    /** A local of the innermost frame shows {@code text} as its value (or a value containing it). */
    record Local(String name, boolean exact, String text) implements Check {
        public String describe() { return "`" + name + "` " + (exact ? "is " : "shows ") + quote(text); }

        /** Its value, or a field, element or pointee's, contains the text. */
        private boolean shows(Snapshot.Local l) {
            if (l.value().contains(text)) return true;
            for (Snapshot.Local p : l.parts()) if (shows(p)) return true;
            return false;
        }

        public Verdict evaluate(Observed o) {
            Snapshot s = o.snapshot();
            if (s == null || s.top() == null) return new Verdict(false, describe(), "no frame is on the stack");
            for (Snapshot.Local l : s.top().locals()) {
                if (!l.name().equals(name)) continue;
                boolean holds = exact ? l.value().equals(text) : shows(l);
                return new Verdict(holds, describe(), "it is " + quote(l.value()));
            }
            return new Verdict(false, describe(), "`" + name + "` is not in scope in " + s.top().function());
        }
    }

    /** Live blocks nothing the program can reach points to any more (the diagram's leak badges). */
    record Orphaned(Amount amount) implements Check {
        public String describe() { return amount.describe() + " orphaned " + (amount.n() == 1 ? "block" : "blocks"); }

        public Verdict evaluate(Observed o) {
            long n = live(o).stream().filter(HeapBlock::orphaned).count();
            return new Verdict(amount.holds(n), describe(), "the run has " + n);
        }
    }

    /**
     * A local of the running function holds a pointer into freed memory (a freed block, mapped or
     * not) or into a stack frame that has returned: the diagram's red dashed arrow.
     */
    record Dangles(String name) implements Check {
        public String describe() { return "`" + name + "` dangles"; }

        public Verdict evaluate(Observed o) {
            Snapshot s = o.snapshot();
            if (s == null || s.top() == null) return new Verdict(false, describe(), "no frame is on the stack");
            for (Snapshot.Local l : s.top().locals()) {
                if (!l.name().equals(name)) continue;
                if (l.pointsTo() == 0) return new Verdict(false, describe(), "it points nowhere (" + l.value() + ")");
                return new Verdict(dangling(s, l.pointsTo()), describe(), String.format("it points at live memory (0x%x)", l.pointsTo()));
            }
            return new Verdict(false, describe(), "`" + name + "` is not in scope in " + s.top().function());
        }

        static boolean dangling(Snapshot s, long addr) {
            boolean freed = false;
            for (HeapBlock b : s.blocks()) {
                if (!b.contains(addr)) continue;
                if (b.state() == Snapshot.BlockState.FREED) freed = true;
                else if (b.programRequested()) return false;
            }
            if (freed) return true;
            // an item a memory pool took back is on its free list, waiting for the next create
            for (AllocatorInfo a : s.allocators()) {
                for (AllocatorInfo.Area area : a.areas()) {
                    if (area.kind().equals("free item") && Long.compareUnsigned(addr - area.address(), area.length()) < 0) return true;
                }
            }
            return s.inReturnedFrame(addr);
        }
    }

    /** A field of the accounting of the first allocator of {@code kind}. */
    record Allocator(String kind, Field field, Amount amount) implements Check {
        enum Field {
            LIVE_BLOCKS("live blocks"), LIVE_BYTES("live bytes"), RESERVED_BYTES("reserved bytes"), PEAK_BYTES("peak bytes"),
            ALLOCATIONS("allocations"), FREES("frees"), REFUSED("refused allocations");

            final String words;

            Field(String words) { this.words = words; }

            long of(AllocatorInfo a) {
                return switch (this) {
                    case LIVE_BLOCKS -> a.liveBlocks();
                    case LIVE_BYTES -> a.liveBytes();
                    case RESERVED_BYTES -> a.reservedBytes();
                    case PEAK_BYTES -> a.peakBytes();
                    case ALLOCATIONS -> a.allocations();
                    case FREES -> a.frees();
                    case REFUSED -> a.refusedAllocations();
                };
            }
        }

        public String describe() { return kind + " has " + amount.describe() + " " + field.words; }

        public Verdict evaluate(Observed o) {
            Snapshot s = o.snapshot();
            if (s != null) {
                for (AllocatorInfo a : s.allocators()) {
                    if (!a.kind().equalsIgnoreCase(kind)) continue;
                    long v = field.of(a);
                    return new Verdict(amount.holds(v), describe(), "it has " + v);
                }
            }
            // an allocator the program never used made no calls and holds nothing
            return new Verdict(amount.holds(0), describe(), "the run has no " + kind);
        }
    }

    // ------------------------------------------------------------------ reading

    /** The error kinds as scenario files name them. */
    static String name(ErrorKind k) {
        return k.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static ErrorKind kind(String s) {
        for (ErrorKind k : ErrorKind.values()) if (name(k).equals(s)) return k;
        return null;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }

    private static List<HeapBlock> live(Observed o) {
        return o.snapshot() == null ? List.of() : o.snapshot().liveProgramBlocks();
    }

    private static List<MemoryError> errors(Observed o) {
        return o.snapshot() == null ? List.of() : o.snapshot().errors();
    }

    /**
     * Who last wrote a local's bytes, or the bytes a pointer or slice local points at, before the
     * step the run is paused at, as the History tab's "where was this written?" answers.
     */
    record LastWrite(String name, boolean pointee, Who who) implements Check {
        /** Who a write's author may be. */
        enum Who {
            ALLOCATOR("the allocator"), ALLOCATORS_FREE("the allocator's free"), PROGRAM("the program");

            final String words;

            Who(String words) { this.words = words; }

            boolean wrote(org.heaplab.session.Write w) {
                return switch (this) {
                    case ALLOCATOR -> w.writer() == org.heaplab.session.Writer.ALLOCATOR_FREE || w.writer() == org.heaplab.session.Writer.ALLOCATOR
                            || w.writer() == org.heaplab.session.Writer.UNDEFINED && w.inStd();
                    case ALLOCATORS_FREE -> w.writer() == org.heaplab.session.Writer.ALLOCATOR_FREE;
                    case PROGRAM -> w.writer() == org.heaplab.session.Writer.PROGRAM
                            || w.writer() == org.heaplab.session.Writer.UNDEFINED && !w.inStd();
                };
            }
        }

        public String describe() { return "the last write of " + (pointee ? "what " + name + " points at" : name) + " is by " + who.words; }

        public Verdict evaluate(Observed o) {
            Snapshot s = o.snapshot();
            if (s == null || s.top() == null) return new Verdict(false, describe(), "the run is not paused in a frame");
            if (o.history() == null) return new Verdict(false, describe(), "the run keeps no write history");
            Snapshot.Local l = s.top().locals().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
            if (l == null) return new Verdict(false, describe(), "there is no local " + name + " here");
            long address = pointee ? l.pointsTo() : l.address();
            long length = pointee ? l.pointsLength() : l.size();
            if (address == 0 || length <= 0) return new Verdict(false, describe(), name + (pointee ? " points at nothing" : " has no bytes in memory"));
            var w = o.history().lastWrite(address, length, s.step() + 1);
            if (w.isEmpty()) return new Verdict(false, describe(), "nothing wrote them before step " + s.step());
            return new Verdict(who.wrote(w.get()), describe(), w.get().describe());
        }
    }

    Pattern LINE = Pattern.compile("at line ([1-9][0-9]*)");

    /** The forms a check takes, for error messages. */
    String FORMS = "live blocks N, live bytes N, leaks N, orphaned blocks N, KIND [at line N], no memory errors, "
            + "output contains|lacks|equals \"TEXT\", exit code N, at line N, compile error at line N, compiles, local NAME is|shows \"TEXT\", "
            + "local NAME dangles, allocator KIND FIELD N, last write of NAME|what NAME points at is by the allocator|the allocator's free|the program";

    /** Reads a check; throws {@link IllegalArgumentException} with the problem when {@code text} is not one. */
    static Check parse(String text) {
        String t = text.strip();
        Matcher m;
        if (t.startsWith("live blocks ")) return new LiveBlocks(amount(t.substring(12)));
        if (t.startsWith("live bytes ")) return new LiveBytes(amount(t.substring(11)));
        if (t.startsWith("leaks ")) return new Leaks(amount(t.substring(6)));
        if (t.startsWith("orphaned blocks ")) return new Orphaned(amount(t.substring(16)));
        if ((m = Pattern.compile("local ([A-Za-z_][A-Za-z0-9_]*) dangles").matcher(t)).matches()) return new Dangles(m.group(1));
        if (t.equals("no memory errors")) return new NoMemoryErrors();
        if ((m = Pattern.compile("last write of (what )?([A-Za-z_][A-Za-z0-9_]*)( points at)? is by (.*)").matcher(t)).matches()) {
            if ((m.group(1) == null) != (m.group(3) == null)) throw new IllegalArgumentException("write `last write of NAME` or `last write of what NAME points at`");
            for (LastWrite.Who w : LastWrite.Who.values()) {
                if (w.words.equals(m.group(4).strip())) return new LastWrite(m.group(2), m.group(1) != null, w);
            }
            throw new IllegalArgumentException("the author of a write is the allocator, the allocator's free or the program");
        }
        if (t.equals("compiles")) return new Compiles();
        if ((m = Pattern.compile("compile error at line ([1-9][0-9]*)").matcher(t)).matches()) return new CompileError(Integer.parseInt(m.group(1)));
        if ((m = LINE.matcher(t)).matches()) return new AtLine(Integer.parseInt(m.group(1)));
        if ((m = Pattern.compile("exit code ([0-9]+)").matcher(t)).matches()) return new ExitCode(Integer.parseInt(m.group(1)));
        if ((m = Pattern.compile("output (contains|lacks|equals) (.*)").matcher(t)).matches()) {
            var how = switch (m.group(1)) {
                case "contains" -> Output.How.CONTAINS;
                case "lacks" -> Output.How.LACKS;
                default -> Output.How.EQUALS;
            };
            return new Output(how, string(m.group(2)));
        }
        if ((m = Pattern.compile("local ([A-Za-z_][A-Za-z0-9_]*) (is|shows) (.*)").matcher(t)).matches()) {
            return new Local(m.group(1), m.group(2).equals("is"), string(m.group(3)));
        }
        if ((m = Pattern.compile("allocator ([A-Za-z]+) (.*)").matcher(t)).matches()) {
            String rest = m.group(2);
            for (Allocator.Field f : Allocator.Field.values()) {
                if (rest.startsWith(f.words + " ")) return new Allocator(m.group(1), f, amount(rest.substring(f.words.length() + 1)));
            }
            throw new IllegalArgumentException("an allocator check names a field: live blocks, live bytes, reserved bytes, peak bytes, "
                    + "allocations, frees or refused allocations");
        }
        String[] words = t.split(" ", 2);
        ErrorKind k = kind(words[0]);
        if (k != null) {
            if (words.length == 1) return new Fault(k, 0);
            if ((m = LINE.matcher(words[1])).matches()) return new Fault(k, Integer.parseInt(m.group(1)));
            throw new IllegalArgumentException("after `" + words[0] + "` comes nothing or `at line N`");
        }
        throw new IllegalArgumentException("`" + t + "` is not a check; a check is one of: " + FORMS
                + " (KIND: double-free, wrong-size-free, invalid-free, leak, use-after-free, segfault, panic, stack-overflow)");
    }

    private static Amount amount(String s) {
        Amount a = Amount.parse(s);
        if (a == null) throw new IllegalArgumentException("`" + s.strip() + "` is not a number (N, at least N or at most N)");
        return a;
    }

    /** A double-quoted string with the escapes \n, \t, \" and \\ (read by a scan: a regular expression would recurse per character). */
    static String string(String s) {
        String t = s.strip();
        var bad = new IllegalArgumentException("expected a text in double quotes, found `" + (t.length() > 80 ? t.substring(0, 80) + "..." : t) + "`");
        if (t.length() < 2 || t.charAt(0) != '"' || t.charAt(t.length() - 1) != '"') throw bad;
        int end = t.length() - 1; // the closing quote
        var b = new StringBuilder();
        for (int i = 1; i < end; i++) {
            char c = t.charAt(i);
            if (c == '"') throw bad;
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (i + 1 >= end) throw bad; // it escapes the closing quote
            char n = t.charAt(++i);
            switch (n) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case '"', '\\' -> b.append(n);
                default -> throw new IllegalArgumentException("unknown escape \\" + n + " (known: \\n, \\t, \\\", \\\\)");
            }
        }
        return b.toString();
    }
}
