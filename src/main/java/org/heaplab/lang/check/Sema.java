package org.heaplab.lang.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.heaplab.diag.Diagnostic;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.FnRef;
import org.heaplab.lang.types.GlobalVar;
import org.heaplab.lang.types.Namespace;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.Value;
import org.heaplab.source.SourceFile;
import org.heaplab.source.Span;

/**
 * Semantic analysis, as Zig's Sema does it: declarations are analysed when first named,
 * generic functions are instantiated per set of comptime arguments, function bodies are
 * checked from {@code main} (or the tests) outward, and analysis of a body stops at its
 * first error. The result is an {@link Ir.Program}, or the diagnostics that prevent one.
 */
public final class Sema {
    final Modules modules = new Modules(this);
    final Containers containers = new Containers(this);
    final Declarations decls = new Declarations(this);
    final Instances instances = new Instances(this);

    public enum Mode { RUN, TEST }

    /** What checking produced: a program when there were no errors. */
    public record Result(Ir.Program program, List<Diagnostic> diagnostics) {
        public boolean ok() { return program != null; }
    }

    /** Thrown to abandon the body being checked after its first error has been reported. */
    static final class SemaError extends RuntimeException {
        SemaError() { super(null, null, false, false); }
    }

    final Mode mode;

    /** Whether the program is linked with libc ({@code zig run -lc}): {@code builtin.link_libc}, {@code std.heap.c_allocator}. */
    final boolean linkLibc;

    final List<Diagnostic> diagnostics = new ArrayList<>();

    final SourceFile root;

    StructType rootStruct;

    final List<String> errorNames = new ArrayList<>();

    private final Map<String, Integer> errorCodes = new HashMap<>();

    final List<Ir.Function> functions = new ArrayList<>();

    final List<GlobalVar> globals = new ArrayList<>();

    /** The branch quota of compile-time evaluation ({@code @setEvalBranchQuota} raises it), and the branches used. */
    long branchQuota = 1000;
    long branchCount;
    /** The call sites of the functions being run while compiling, innermost first (for the quota's notes). */
    final java.util.Deque<Span> comptimeCalls = new java.util.ArrayDeque<>();
    /** How deep compile-time evaluations nest. */
    int evalDepth;
    /** Backward branches counted over the whole compilation, against {@link #TOTAL_BRANCH_LIMIT}. */
    long totalBranches;

    /** Heap Lab's bound on all the comptime work of one compilation (each unit's quota is Zig's). */
    static final long TOTAL_BRANCH_LIMIT = 10_000_000;
    /** How deep comptime calls may nest; Zig's own compiler overflows its stack a few thousand calls deep. */
    static final int COMPTIME_CALL_DEPTH = 2_000;

    /**
     * Runs the analysis of one unit (a function body, a container-level declaration, a {@code
     * comptime} block) with a quota and count of its own, as Zig's Sema has one per unit: every
     * comptime evaluation in a function body shares its 1000 branches, and {@code
     * @setEvalBranchQuota} there raises the quota of them all.
     */
    <T> T inUnit(java.util.function.Supplier<T> body) {
        long quota = branchQuota, count = branchCount;
        var calls = new java.util.ArrayDeque<>(comptimeCalls);
        int depth = evalDepth;
        branchQuota = 1000;
        branchCount = 0;
        comptimeCalls.clear();
        evalDepth = 0;
        try {
            return body.get();
        } finally {
            branchQuota = quota;
            branchCount = count;
            comptimeCalls.clear();
            comptimeCalls.addAll(calls);
            evalDepth = depth;
        }
    }

    /** Defaults of the debug allocator's Config fields, from the lab's settings. */
    final LabDefaults labDefaults;

    private Sema(SourceFile root, Mode mode, boolean linkLibc, LabDefaults labDefaults) {
        this.root = root;
        this.mode = mode;
        this.linkLibc = linkLibc;
        this.labDefaults = labDefaults;
        errorCode("OutOfMemory"); // keep the most common error's code stable
    }

    // ------------------------------------------------------------------ entry points

    /** Checks a program whose root file has already been parsed without syntax errors. */
    public static Result check(SourceFile root, Ast.Container ast, Mode mode) {
        return check(root, ast, mode, false);
    }

    /** Checks a program; {@code linkLibc} is {@code zig run -lc}. */
    public static Result check(SourceFile root, Ast.Container ast, Mode mode, boolean linkLibc) {
        return check(root, ast, mode, linkLibc, LabDefaults.ZIG);
    }

    /** Checks a program with the lab's defaults for the debug allocator's Config. */
    public static Result check(SourceFile root, Ast.Container ast, Mode mode, boolean linkLibc, LabDefaults labDefaults) {
        var sema = new Sema(root, mode, linkLibc, labDefaults);
        AstGenChecks.Result astgen = AstGenChecks.check(root, ast);
        sema.modules.asts.put(root, ast);
        Ir.Function main = null;
        List<Ir.Test> tests = new ArrayList<>();
        try {
            sema.rootStruct = sema.modules.fileStruct(root, ast, rootModuleName(root));
            sema.decls.runComptimeBlocks(sema.rootStruct, ast);
            if (mode == Mode.RUN) {
                main = sema.entryMain();
            } else {
                tests = sema.entryTests();
            }
            sema.instances.drain();
        } catch (SemaError e) {
            // reported
        }
        List<Diagnostic> all = new ArrayList<>(astgen.diagnostics());
        for (Diagnostic d : sortedByLocation(sema.diagnostics)) {
            if (!astgen.inFailedDecl(d)) all.add(d);
        }
        if (all.isEmpty()) {
            for (Ir.Function f : sema.functions) {
                if (f.body == null && !f.isNative()) {
                    // a body whose check failed without a report: never let it run (the session reports the lab's failure)
                    throw new IllegalStateException("the check of '" + f.name + "' failed without a diagnostic");
                }
            }
        }
        if (!all.isEmpty()) return new Result(null, all);
        var program = new Ir.Program(main, List.copyOf(sema.functions), List.copyOf(sema.globals), tests,
                List.copyOf(sema.errorNames), root, sema.instances.functionValues);
        return new Result(program, all);
    }

    /** Zig lists analysis errors by file and position. */
    private static List<Diagnostic> sortedByLocation(List<Diagnostic> ds) {
        List<Diagnostic> out = new ArrayList<>(ds);
        out.sort(java.util.Comparator.comparing((Diagnostic d) -> locationKey(d.location())));
        return out;
    }

    private static String locationKey(String loc) {
        String[] p = loc.split(":");
        if (p.length < 3) return loc;
        try {
            return p[0] + ":" + String.format("%09d:%09d", Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        } catch (NumberFormatException e) {
            return loc;
        }
    }

    static String rootModuleName(SourceFile f) {
        String n = f.name();
        int slash = n.lastIndexOf('/');
        if (slash >= 0) n = n.substring(slash + 1);
        return n.endsWith(".zig") ? n.substring(0, n.length() - 4) : n;
    }

    /**
     * The program's {@code main}, checked as Zig's start.zig (callMain) checks it: reached from start.zig, so it must be
     * {@code pub}, a function, with an allowed return type and no parameters; each error is reported where start.zig meets
     * it (its line and column in Zig 0.14's lib/std), with the notes Zig gives.
     */
    private Ir.Function entryMain() {
        Namespace.Decl d = rootStruct.namespace().get("main");
        if (d == null) {
            // Zig says the file's struct is declared at its first token (end of file for an empty one)
            String text = root.text();
            int first = 0;
            while (first < text.length()) {
                if (Character.isWhitespace(text.charAt(first))) {
                    first++;
                } else if (text.startsWith("//", first)) {
                    while (first < text.length() && text.charAt(first) != '\n') first++;
                } else {
                    break;
                }
            }
            Span at = Span.at(root, first);
            throw startError(at, "start.zig:643:46", "root source file struct '" + rootStruct.name() + "' has no member named 'main'",
                    new Diagnostic.Note(at, "struct declared here"));
        }
        Span declared = Span.at(root, d.member.span().start());
        if (!d.isPub) throw startError(declared, "start.zig:643:46", "'main' is not marked 'pub'", new Diagnostic.Note(declared, "declared here"));
        // pub const main = realMain; is a function too
        if (!(decls.resolveDeclValue(rootStruct.namespace(), "main", null) instanceof Value.FnV fv)) {
            String kind = d.type == null ? "void" : TypeRules.zigTag(d.type);
            throw startError(declared, "start.zig:643:53", "access of union field 'fn' while field '" + kind + "' is active",
                    new Diagnostic.Note(declared, "union declared here", "builtin.zig:557:18"));
        }
        Ast.FnDecl fn = fv.fn().decl();
        Ir.Function main = instances.instantiate(fv.fn(), List.of(), List.of(), fn.nameSpan());
        Type ret = main.returnType;
        boolean isU8 = ret instanceof Type.Int i && i.bits() == 8 && !i.signed();
        // where callMain calls it (for its return type), or where it rejects the return type
        String call = ret instanceof Type.Void ? "start.zig:647:17"
                : ret instanceof Type.NoReturn || isU8 ? "start.zig:651:24"
                : ret instanceof Type.ErrorUnion ? "start.zig:656:32" : null;
        Span retAt = fn.returnType().span();
        if (call == null) throw startError(retAt, "start.zig:654:56", BAD_MAIN_RETURN);
        if (!fn.params().isEmpty()) {
            throw startError(fn.nameSpan(), call, "expected " + fn.params().size() + " argument(s), found 0",
                    new Diagnostic.Note(Calls.fnKeyword(fn), "function declared here"));
        }
        if (ret instanceof Type.ErrorUnion eu && !(eu.payload() instanceof Type.Void || eu.payload() instanceof Type.Int i2 && i2.bits() == 8 && !i2.signed())) {
            throw startError(retAt, "start.zig:671:25", BAD_MAIN_RETURN);
        }
        return main;
    }

    private static final String BAD_MAIN_RETURN = "expected return type of main to be 'void', '!void', 'noreturn', 'u8', or '!u8'";

    /** An error Zig reports in start.zig's callMain (shown at {@code shownAt}), with its notes and the two "called from here". */
    private SemaError startError(Span at, String shownAt, String message, Diagnostic.Note... notes) {
        List<Diagnostic.Note> all = new ArrayList<>(List.of(notes));
        all.add(new Diagnostic.Note(at, "called from here", "start.zig:616:20"));
        all.add(new Diagnostic.Note(at, "called from here", "start.zig:571:36"));
        diagnostics.add(new Diagnostic(org.heaplab.diag.Severity.ERROR, at, message, all, shownAt));
        return new SemaError();
    }

    /** A container of the root file with test declarations, made while analysing (Containers.makeContainer). */
    record TestContainer(Namespace namespace, List<Ast.Member> members) {}

    /** The containers with tests, in the order the analysis reached them. */
    final List<TestContainer> testContainers = new ArrayList<>();

    private List<Ir.Test> entryTests() {
        List<Ir.Test> tests = new ArrayList<>();
        Ast.Container ast = modules.asts.get(root);
        addTests(tests, ast.members(), rootStruct.namespace(), rootStruct.name());
        // then those of the containers the tests reached (a test of theirs may reach more)
        instances.drain();
        for (int i = 0; i < testContainers.size(); i++) {
            TestContainer c = testContainers.get(i);
            addTests(tests, c.members(), c.namespace(), c.namespace().qualifiedName());
            instances.drain();
        }
        // the runner's hooks into std.testing
        StructType testing = (StructType) ((Value.TypeV) decls.fieldOfNamespace(modules.stdRoot(), "testing", root)).type();
        for (String hook : List.of("hlBeginTest", "hlEndTest")) {
            Value v = decls.resolveDeclValue(testing.namespace(), hook, null);
            if (v instanceof Value.FnV fv) instances.instantiate(fv.fn(), List.of(), List.of(), null);
        }
        return tests;
    }

    /** Zig's test names: main.test.name, main.decltest.name for `test name {}`, main.test_0 for `test {}`. */
    private void addTests(List<Ir.Test> tests, List<Ast.Member> members, Namespace ns, String prefix) {
        int unnamed = 0;
        for (Ast.Member m : members) {
            if (!(m instanceof Ast.TestDecl t)) continue;
            String local = t.name().isEmpty() ? "test_" + unnamed++ : (t.isDecltest() ? "decltest." : "test.") + t.name();
            var fnAst = new Ast.FnDecl(false, false, false, local, t.span(), List.of(),
                    new Ast.Identifier("void", t.span()), true, t.body(), t.span());
            Ir.Function f = instances.instantiate(new FnRef(fnAst, ns), List.of(), List.of(), t.span());
            tests.add(new Ir.Test(prefix + "." + local, f));
        }
    }

    // ------------------------------------------------------------------ diagnostics

    private static final boolean TRACE_ERRORS = System.getenv("HEAPLAB_TRACE_SEMA") != null;

    SemaError error(Span span, String message, Diagnostic.Note... notes) {
        if (TRACE_ERRORS) new Throwable("sema error at " + span + ": " + message).printStackTrace();
        diagnostics.add(Diagnostic.error(span, message, notes));
        return new SemaError();
    }

    /** An error Zig reports inside its std (e.g. a bad format string): shown at Zig's std location. */
    SemaError stdError(Span userSpan, String shownAt, String message, Diagnostic.Note... notes) {
        diagnostics.add(new Diagnostic(org.heaplab.diag.Severity.ERROR, userSpan, message, List.of(notes), shownAt));
        return new SemaError();
    }

    // ------------------------------------------------------------------ errors

    public int errorCode(String name) {
        Integer c = errorCodes.get(name);
        if (c != null) return c;
        errorNames.add(name);
        errorCodes.put(name, errorNames.size());
        return errorNames.size();
    }

    /** The last call written in the user's own file (where std errors are shown in the editor). */
    Span lastUserSite;
}
