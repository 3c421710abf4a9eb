package org.heaplab.trace;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.heaplab.lang.ir.Ir;
import org.heaplab.runtime.Frame;
import org.heaplab.runtime.HitCounts;
import org.heaplab.runtime.Machine;
import org.heaplab.runtime.code.FnCode;
import org.heaplab.source.Span;
import org.heaplab.trace.Snapshot.Local;
import org.heaplab.trace.SourceRun.LoopIteration;

/**
 * Reads a {@link SourceRun} from a paused machine that counts its statements
 * ({@link org.heaplab.runtime.Vm#countHits}).
 *
 * <p>Hit counts: a line's count is the most any one statement starting on it has run in one
 * function (a {@code while} line holds its test and its continue expression: it ran as often as
 * its test), summed over the functions that have statements there (an inline function's copies).
 *
 * <p>Loop iterations: a {@code for} loop keeps its counter and length in registers, read from
 * the paused frame ("iteration 3 of 10"). A {@code while} loop has no counter: its iteration is
 * how often its test has run, which is this entry's iteration only when the loop has been entered
 * once (its function has run once, and every loop around it is in its first iteration);
 * otherwise it is left out rather than guessed.
 *
 * <p>Inline values: the lines of the paused function that have run and declare or assign one of
 * the locals visible at the pause ({@code var x}, {@code x = }, {@code x += }, a capture
 * {@code |x|}) get "x = value", the local's value now. One reader per run; it keeps each
 * function's loops.
 */
public final class SourceRunReader {
    /** Longest value text shown at a line's end. */
    static final int MAX_VALUE = 48;
    private final Machine machine;
    private final Map<Ir.Function, List<Ir.Expr>> loops = new HashMap<>();

    public SourceRunReader(Machine machine) { this.machine = machine; }

    /** The run on the source at a pause: {@code top} the innermost frame of the user's code (null at the end), {@code shown} its snapshot frame. */
    public SourceRun read(Frame top, Snapshot.StackFrame shown) {
        HitCounts counts = machine.vm().hits();
        if (counts == null) return SourceRun.NONE;
        Map<String, Map<Integer, Long>> hits = hits(counts);
        while (top != null && (top.function().isLibrary() || top.function().codeLength() == 0)) top = top.caller();
        if (top == null) return new SourceRun(hits, List.of(), Map.of(), null);
        FnCode fn = top.function();
        int si = fn.statementContaining(top.position());
        if (si < 0) return new SourceRun(hits, List.of(), Map.of(), null);
        FnCode.Statement st = fn.statements().get(si);
        String file = st.span().file().name();
        List<LoopIteration> iterations = loops(counts, top, fn, st);
        Map<Integer, String> inline = shown == null ? Map.of() : inline(counts, fn, file, shown.locals());
        return new SourceRun(hits, iterations, inline, file);
    }

    // ------------------------------------------------------------------ hit counts

    private Map<String, Map<Integer, Long>> hits(HitCounts counts) {
        Map<String, Map<Integer, Long>> out = new HashMap<>();
        for (FnCode fn : machine.image().functions()) {
            if (fn == null || fn.isLibrary() || fn.codeLength() == 0) continue;
            Map<String, Map<Integer, Long>> mine = new HashMap<>();
            for (FnCode.Statement s : fn.statements()) {
                long n = counts.at(fn, s.pc());
                if (n == 0 || s.span() == null) continue;
                mine.computeIfAbsent(s.span().file().name(), k -> new HashMap<>()).merge(s.span().line(), n, Math::max);
            }
            for (var e : mine.entrySet()) {
                Map<Integer, Long> lines = out.computeIfAbsent(e.getKey(), k -> new TreeMap<>());
                e.getValue().forEach((line, n) -> lines.merge(line, n, Long::sum));
            }
        }
        out.replaceAll((k, v) -> Map.copyOf(v));
        return Map.copyOf(out);
    }

    // ------------------------------------------------------------------ loops

    private List<LoopIteration> loops(HitCounts counts, Frame top, FnCode fn, FnCode.Statement st) {
        Span at = st.span();
        List<Ir.Expr> around = new ArrayList<>();
        for (Ir.Expr l : loopsOf(fn.function())) if (contains(l.span(), at)) around.add(l);
        // innermost first: the loops were collected outermost first
        java.util.Collections.reverse(around);
        List<LoopIteration> out = new ArrayList<>();
        boolean firstEntry = entries(counts, fn) == 1;
        long[] iteration = new long[around.size()];
        for (int i = around.size() - 1; i >= 0; i--) {
            Ir.Expr l = around.get(i);
            iteration[i] = -1;
            if (l instanceof Ir.For f) {
                long index = counter(top, fn, f.index()), length = counter(top, fn, f.length());
                if (index >= 0 && length >= 0 && index < length) iteration[i] = index + 1;
                if (iteration[i] > 0) out.add(0, new LoopIteration(l.span().line(), iteration[i], length));
            } else if (l instanceof Ir.While w && firstEntry) {
                FnCode.Statement test = statementAt(fn, w.cond().span());
                if (test != null) {
                    long n = counts.at(fn, test.pc()) + (test == st ? 1 : 0);
                    if (n > 0) {
                        iteration[i] = n;
                        out.add(0, new LoopIteration(l.span().line(), n, -1));
                    }
                }
            }
            // a loop inside this one was entered once only while this one is in its first iteration
            firstEntry &= iteration[i] == 1;
        }
        return List.copyOf(out);
    }

    private static boolean contains(Span outer, Span inner) {
        return outer != null && inner != null && outer.file() == inner.file() && outer.start() <= inner.start() && inner.end() <= outer.end();
    }

    /** How many times {@code fn} has been called: how often its first statement ran. */
    private static long entries(HitCounts counts, FnCode fn) {
        FnCode.Statement first = null;
        for (FnCode.Statement s : fn.statements()) if (first == null || s.pc() < first.pc()) first = s;
        return first == null ? 0 : counts.at(fn, first.pc());
    }

    private static FnCode.Statement statementAt(FnCode fn, Span span) {
        for (FnCode.Statement s : fn.statements()) {
            Span p = s.span();
            if (p != null && p.file() == span.file() && p.start() == span.start() && p.end() == span.end()) return s;
        }
        return null;
    }

    /** A hidden loop counter's value in the frame's registers, or -1. */
    private static long counter(Frame f, FnCode fn, Ir.Local local) {
        if (local == null) return -1;
        for (FnCode.LocalSlot s : fn.locals()) {
            if (s.local() == local) return s.inRegister() && s.register() < org.heaplab.runtime.Vm.registerCount(f) ? f.register(s.register()) : -1;
        }
        return -1;
    }

    private List<Ir.Expr> loopsOf(Ir.Function f) {
        return loops.computeIfAbsent(f, k -> {
            List<Ir.Expr> out = new ArrayList<>();
            collect(k.body, out, 0);
            return List.copyOf(out);
        });
    }

    /** Every for and while in a function's body, outer ones before those inside them (the IR's records walked generically). */
    private static void collect(Object o, List<Ir.Expr> out, int depth) {
        if (o == null || depth > 400) return;
        if (o instanceof List<?> list) {
            for (Object e : list) collect(e, out, depth + 1);
            return;
        }
        if (o instanceof Ir.Break b) {
            collect(b.value(), out, depth + 1);
            return;
        }
        if (!(o instanceof Record r) || r.getClass().getEnclosingClass() != Ir.class) return;
        if (o instanceof Ir.For || o instanceof Ir.While) out.add((Ir.Expr) o);
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Class<?> t = c.getType();
            if (!List.class.isAssignableFrom(t) && !Ir.Node.class.isAssignableFrom(t) && !Record.class.isAssignableFrom(t)) continue;
            try {
                collect(c.getAccessor().invoke(r), out, depth + 1);
            } catch (ReflectiveOperationException e) {
                // a component that cannot be read holds no loop the reader can show
            }
        }
    }

    // ------------------------------------------------------------------ inline values

    private Map<Integer, String> inline(HitCounts counts, FnCode fn, String file, List<Local> visible) {
        Map<Integer, List<String>> byLine = new TreeMap<>();
        Map<Integer, String> lineText = new HashMap<>();
        for (FnCode.Statement s : fn.statements()) {
            Span sp = s.span();
            if (sp == null || !sp.file().name().equals(file) || counts.at(fn, s.pc()) == 0) continue;
            lineText.computeIfAbsent(sp.line(), l -> lineOf(sp));
        }
        Map<String, Local> byName = new LinkedHashMap<>();
        for (Local l : visible) byName.putIfAbsent(l.name(), l);
        for (var e : lineText.entrySet()) {
            for (Local l : byName.values()) {
                if (assigns(e.getValue(), l.name())) byLine.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(l.name() + " = " + shortValue(l.value()));
            }
        }
        Map<Integer, String> out = new TreeMap<>();
        byLine.forEach((line, parts) -> out.put(line, String.join("   ", parts)));
        return Map.copyOf(out);
    }

    private static String lineOf(Span sp) {
        String text = sp.file().text();
        int start = sp.start();
        while (start > 0 && text.charAt(start - 1) != '\n') start--;
        int end = text.indexOf('\n', sp.start());
        String line = text.substring(start, end < 0 ? text.length() : end);
        int comment = line.indexOf("//");
        return comment >= 0 ? line.substring(0, comment) : line;
    }

    private static final Map<String, Pattern[]> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether a line declares or assigns local {@code name}, or captures it ({@code |name|}). */
    static boolean assigns(String line, String name) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) return false;
        Pattern[] p = PATTERNS.computeIfAbsent(name, n -> new Pattern[] {
            Pattern.compile("\\b(var|const)\\s+" + n + "\\b"),
            Pattern.compile("(?<![.\\w])" + n + "\\s*(\\+%|-%|\\*%|\\+\\||-\\||<<|>>|[-+*/%|&^])?=(?!=)"),
            Pattern.compile("\\)\\s*\\|[^|]*?(?<![.\\w])\\*?" + n + "\\b[^|]*\\|")});
        for (Pattern q : p) if (q.matcher(line).find()) return true;
        return false;
    }

    private static String shortValue(String v) {
        if (v == null) return "?";
        String one = v.replace('\n', ' ');
        return one.length() <= MAX_VALUE ? one : one.substring(0, MAX_VALUE - 1) + "…";
    }
}
