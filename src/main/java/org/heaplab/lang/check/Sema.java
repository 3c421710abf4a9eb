package org.heaplab.lang.check;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.heaplab.diag.Diagnostic;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.types.GlobalVar;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.parse.Parser;
import org.heaplab.source.SourceFile;
import org.heaplab.source.Span;
import org.heaplab.lang.types.Value;
import org.heaplab.lang.types.UnionType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Namespace;
import org.heaplab.lang.types.FnRef;
import org.heaplab.lang.types.ErrorSetType;
import org.heaplab.lang.types.EnumType;

/**
 * Semantic analysis, as Zig's Sema does it: declarations are analysed when first named,
 * generic functions are instantiated per set of comptime arguments, function bodies are
 * checked from {@code main} (or the tests) outward, and analysis of a body stops at its
 * first error. The result is an {@link Ir.Program}, or the diagnostics that prevent one.
 */
public final class Sema {
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
    private final Map<String, StructType> files = new HashMap<>();
    private final Map<SourceFile, Ast.Container> asts = new HashMap<>();
    final SourceFile root;
    StructType rootStruct;

    final List<String> errorNames = new ArrayList<>();
    private final Map<String, Integer> errorCodes = new HashMap<>();
    final List<Ir.Function> functions = new ArrayList<>();
    final List<GlobalVar> globals = new ArrayList<>();
    private final Map<String, Ir.Function> instances = new HashMap<>();
    private final Map<String, Value> comptimeCalls = new HashMap<>();
    private final Deque<Ir.Function> pendingBodies = new ArrayDeque<>();
    private final Map<Ir.Function, Pending> pending = new HashMap<>();
    final Map<FnRef, Type.Fn> fnTypes = new HashMap<>();
    final Map<FnRef, Ir.Function> functionValues = new HashMap<>();
    /** Functions whose signature is being resolved: naming one of them again is a dependency loop. */
    private final java.util.Set<Ast.FnDecl> resolvingSignatures = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** Where Zig points for a function declaration: its {@code fn} keyword. */
    static Span fnKeyword(Ast.FnDecl decl) {
        String text = decl.span().text();
        int i = text.indexOf("fn");
        int at = decl.span().start() + Math.max(0, i);
        return new Span(decl.span().file(), at, at + 2);
    }

    /** Resolves a part of a function's signature, reporting Zig's dependency loop if it needs itself. */
    <T> T signaturePart(Ast.FnDecl decl, Span at, java.util.function.Supplier<T> resolve) {
        if (!resolvingSignatures.add(decl)) throw error(fnKeyword(decl), "dependency loop detected");
        try {
            return resolve.get();
        } finally {
            resolvingSignatures.remove(decl);
        }
    }

    private record Pending(Ast.FnDecl decl, Scope scope) {}

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
        List<Diagnostic> astgen = AstGenChecks.check(root, ast);
        sema.asts.put(root, ast);
        Ir.Function main = null;
        List<Ir.Test> tests = new ArrayList<>();
        try {
            sema.rootStruct = sema.fileStruct(root, ast, rootModuleName(root));
            if (mode == Mode.RUN) {
                main = sema.entryMain();
            } else {
                tests = sema.entryTests();
            }
            sema.drain();
        } catch (SemaError e) {
            // reported
        }
        List<Diagnostic> all = new ArrayList<>(astgen);
        all.addAll(sortedByLocation(sema.diagnostics));
        if (all.isEmpty()) {
            for (Ir.Function f : sema.functions) {
                if (f.body == null && !f.isNative()) {
                    // a body whose check failed without a report: never let it run
                    all.add(Diagnostic.error(f.span, "Heap Lab could not check '" + f.name + "' (internal error: no diagnostic)"));
                    break;
                }
            }
        }
        if (!all.isEmpty()) return new Result(null, all);
        var program = new Ir.Program(main, List.copyOf(sema.functions), List.copyOf(sema.globals), tests,
                List.copyOf(sema.errorNames), root, sema.functionValues);
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

    private Ir.Function entryMain() {
        Namespace.Decl d = rootStruct.namespace().get("main");
        if (d == null || !(d.member instanceof Ast.FnDecl fn)) {
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
            diagnostics.add(new Diagnostic(org.heaplab.diag.Severity.ERROR, at,
                    "root source file struct '" + rootStruct.name() + "' has no member named 'main'",
                    List.of(new Diagnostic.Note(at, "struct declared here"),
                            new Diagnostic.Note(at, "called from here", "start.zig:616:20"),
                            new Diagnostic.Note(at, "called from here", "start.zig:571:36")), "start.zig:643:46"));
            throw new SemaError();
        }
        if (!fn.isPub()) {
            error(fn.nameSpan(), "'main' is not marked 'pub'", new Diagnostic.Note(fn.span(), "declared here"));
        }
        Ir.Function main = instantiate(new FnRef(fn, rootStruct.namespace()), List.of(), List.of(), fn.nameSpan());
        Type ret = main.returnType;
        boolean okRet = ret instanceof Type.Void || ret instanceof Type.NoReturn
                || ret instanceof Type.Int i && i.bits() == 8 && !i.signed()
                || ret instanceof Type.ErrorUnion eu && (eu.payload() instanceof Type.Void
                    || eu.payload() instanceof Type.Int i2 && i2.bits() == 8 && !i2.signed());
        if (!okRet) error(fn.returnType().span(), "expected return type of main to be 'void', '!void', 'noreturn', 'u8', or '!u8'");
        return main;
    }

    private List<Ir.Test> entryTests() {
        List<Ir.Test> tests = new ArrayList<>();
        Ast.Container ast = asts.get(root);
        for (Ast.Member m : ast.members()) {
            if (!(m instanceof Ast.TestDecl t)) continue;
            String display = "test." + t.name();
            var fnAst = new Ast.FnDecl(false, false, false, display, t.span(), List.of(),
                    new Ast.Identifier("void", t.span()), true, t.body(), t.span());
            Ir.Function f = instantiate(new FnRef(fnAst, rootStruct.namespace()), List.of(), List.of(), t.span());
            tests.add(new Ir.Test(rootStruct.name() + ".test." + t.name(), f));
        }
        // the runner's hooks into std.testing
        StructType testing = (StructType) ((Value.TypeV) fieldOfNamespace(stdRoot(), "testing", root)).type();
        for (String hook : List.of("hlBeginTest", "hlEndTest")) {
            Value v = resolveDeclValue(testing.namespace(), hook, null);
            if (v instanceof Value.FnV fv) instantiate(fv.fn(), List.of(), List.of(), null);
        }
        return tests;
    }

    /** Checks bodies of instantiated functions until none is left. */
    private void drain() {
        while (!pendingBodies.isEmpty()) {
            Ir.Function f = pendingBodies.removeFirst();
            Pending p = pending.remove(f);
            if (p == null) continue;
            try {
                new Checker(this, f, p.scope()).stmts.checkBody(p.decl());
            } catch (SemaError e) {
                // the first error of this body was reported; other bodies are still checked
            }
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
    SemaError stdError(Span userSpan, String shownAt, String message) {
        diagnostics.add(new Diagnostic(org.heaplab.diag.Severity.ERROR, userSpan, message, List.of(), shownAt));
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

    // ------------------------------------------------------------------ files and modules

    /** The struct type of a file, creating its namespace the first time. */
    private StructType fileStruct(SourceFile file, Ast.Container ast, String qualifiedName) {
        String key = (file.isLibrary() ? "std/" : "") + file.name();
        StructType existing = files.get(key);
        if (existing != null) return existing;
        var ns = new Namespace(qualifiedName, file, null);
        var st = new StructType(qualifiedName, StructType.Kind.FILE, ns, null);
        st.resolveWith(this::resolveFields);
        files.put(key, st);
        asts.put(file, ast);
        declareMembers(ns, ast.members());
        // a file's fields (rare, e.g. Allocator.zig) are its top-level field declarations
        return st;
    }

    StructType stdRoot() { return importFile("std", null); }

    /** {@code @import(path)} from a file: "std", "builtin", or a path relative to the importing file. */
    StructType importFile(String path, SourceFile from) {
        if (path.equals("std")) return loadLibrary("std.zig");
        if (path.equals("builtin")) return builtinModule();
        if (from != null && from.isLibrary()) {
            String dir = from.name().contains("/") ? from.name().substring(0, from.name().lastIndexOf('/') + 1) : "";
            return loadLibrary(normalize(dir + path));
        }
        return null;
    }

    private static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) parts.pollLast();
            else if (!p.equals(".") && !p.isEmpty()) parts.addLast(p);
        }
        return String.join("/", parts);
    }

    private StructType loadLibrary(String path) {
        StructType st = files.get("std/" + path);
        if (st != null) return st;
        String text = readResource("/org/heaplab/std/" + path);
        var file = new SourceFile(path, text, true);
        List<Diagnostic> diags = new ArrayList<>();
        Ast.Container ast = Parser.parseFile(file, diags);
        if (!diags.isEmpty()) throw new IllegalStateException("Heap Lab's std does not parse: " + diags);
        String q = path.equals("std.zig") ? "std" : path.substring(0, path.length() - 4).replace('/', '.');
        st = fileStruct(file, ast, q);
        files.put("std/" + path, st);
        return st;
    }

    private StructType builtinModule() {
        StructType st = files.get("std/builtin.zig");
        if (st != null) return st;
        String text = "pub const is_test = " + (mode == Mode.TEST) + ";\n"
                + "pub const mode = .Debug;\n"
                + "pub const single_threaded = true;\n"
                + "pub const link_libc = " + linkLibc + ";\n"
                + "const std = @import(\"std\");\n"
                + labDefaults.builtinDeclarations(mode == Mode.TEST)
                + "/** Return addresses of a call stack, innermost first; `index` of them are valid. */\n"
                + "pub const StackTrace = struct { index: usize, instruction_addresses: []usize };\n";
        var file = new SourceFile("builtin.zig", text, true);
        List<Diagnostic> diags = new ArrayList<>();
        Ast.Container ast = Parser.parseFile(file, diags);
        st = fileStruct(file, ast, "builtin");
        return st;
    }

    private static String readResource(String path) {
        try (InputStream in = Sema.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing std source " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ containers

    void declareMembers(Namespace ns, List<Ast.Member> members) {
        for (Ast.Member m : members) {
            switch (m) {
                case Ast.VarDecl v -> ns.add(v.name(), v, v.isPub());
                case Ast.FnDecl f -> ns.add(f.name(), f, f.isPub());
                default -> { }
            }
        }
    }

    /** Makes the type a {@code struct}/{@code enum}/{@code union} expression denotes, named as Zig names it. */
    Type makeContainer(Ast.ContainerType ast, Scope scope, String name, Checker checker) {
        Namespace outer = scope.enclosingNamespace();
        var ns = new Namespace(name, outer != null ? outer.file() : root, scope);
        declareMembers(ns, ast.body().members());
        switch (ast.kind()) {
            case STRUCT -> {
                var plain = new StructType(name, StructType.Kind.STRUCT, ns, ast);
                plain.resolveWith(this::resolveFields);
                return plain;
            }
            case OPAQUE -> {
                var st = new StructType(name, StructType.Kind.STRUCT, ns, ast);
                st.resolveWith(this::resolveFields);
                st.setFields(List.of());
                return st;
            }
            case ENUM -> {
                var et = new EnumType(name, ns);
                defineEnum(et, ast, scope, checker);
                return et;
            }
            case UNION -> {
                var ut = new UnionType(name, ns);
                defineUnion(ut, ast, scope, checker);
                return ut;
            }
        }
        throw new IllegalStateException();
    }

    private void defineEnum(EnumType et, Ast.ContainerType ast, Scope scope, Checker checker) {
        List<String> names = new ArrayList<>();
        List<BigInteger> values = new ArrayList<>();
        BigInteger next = BigInteger.ZERO;
        Type.Int tag = null;
        if (ast.tagType() != null) {
            Type t = checker.types.resolveType(ast.tagType(), scope);
            if (!(t instanceof Type.Int it)) throw error(ast.tagType().span(), "expected integer tag type, found '" + t.name() + "'");
            tag = it;
        }
        for (Ast.Member m : ast.body().members()) {
            if (!(m instanceof Ast.FieldDecl f)) continue;
            if (f.name().equals("_")) {
                et.setNonExhaustive(true);
                continue;
            }
            if (f.defaultValue() != null) {
                Value v = checker.exprs.comptimeValue(f.defaultValue(), scope, new Type.ComptimeInt());
                if (v instanceof Value.IntV iv) next = iv.value();
            }
            names.add(f.name());
            values.add(next);
            next = next.add(BigInteger.ONE);
        }
        if (tag == null) {
            BigInteger max = BigInteger.ZERO;
            for (BigInteger v : values) max = max.max(v);
            int bits = names.size() <= 1 ? 0 : max.bitLength();
            tag = new Type.Int(bits, false);
        }
        et.define(tag, names, values);
    }

    private void defineUnion(UnionType ut, Ast.ContainerType ast, Scope scope, Checker checker) {
        List<UnionType.Field> fields = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Ast.Member m : ast.body().members()) {
            if (!(m instanceof Ast.FieldDecl f)) continue;
            Type t = f.type() == null ? new Type.Void() : checker.types.resolveType(f.type(), new Scope(scope, ut.namespace()));
            fields.add(new UnionType.Field(f.name(), t));
            names.add(f.name());
        }
        EnumType tag = null;
        if (ast.taggedUnion()) {
            if (ast.tagType() != null) {
                Type t = checker.types.resolveType(ast.tagType(), scope);
                if (t instanceof EnumType e) tag = e;
            }
            if (tag == null) {
                tag = new EnumType("@typeInfo(" + ut.name() + ").@\"union\".tag_type.?", null);
                List<BigInteger> vals = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) vals.add(BigInteger.valueOf(i));
                tag.define(new Type.Int(names.size() <= 1 ? 0 : BigInteger.valueOf(names.size() - 1).bitLength(), false), names, vals);
            }
        }
        ut.define(fields, tag);
    }

    /** Resolves the fields of a struct on first need (types and default values). */
    void resolveFields(StructType st) {
        if (st.fieldsResolved()) return;
        if (st.fieldState == Namespace.State.RESOLVING) {
            throw error(st.ast() != null ? st.ast().span() : Span.at(root, 0), "struct '" + st.name() + "' depends on itself");
        }
        st.fieldState = Namespace.State.RESOLVING;
        try {
            resolveFieldsNow(st);
        } catch (SemaError e) {
            st.fieldState = Namespace.State.UNRESOLVED;
            throw e;
        }
    }

    private void resolveFieldsNow(StructType st) {
        List<StructType.Field> fields = new ArrayList<>();
        Namespace ns = st.namespace();
        List<Ast.Member> members = st.ast() != null ? st.ast().body().members()
                : st.kind() == StructType.Kind.FILE ? asts.get(ns.file()).members() : List.of();
        var scope = new Scope(Scope.of(ns), ns);
        var checker = new Checker(this, null, scope);
        for (Ast.Member m : members) {
            if (!(m instanceof Ast.FieldDecl f)) continue;
            if (f.type() == null) throw error(f.span(), "struct field missing type");
            Type t = checker.types.resolveType(f.type(), scope);
            fields.add(new StructType.Field(f.name(), t, null, false, f.nameSpan(), f));
        }
        st.setFields(fields);
        if (checkingContainment == 0) rejectSelfContaining(st);
    }

    /** Nonzero while a containment check runs: structs it resolves on the way are checked by it. */
    private int checkingContainment;

    /** A struct that holds itself by value (through fields, arrays, optionals) has no size: Zig's "depends on itself". */
    private void rejectSelfContaining(StructType st) {
        if (st.ast() == null) return;
        checkingContainment++;
        try {
            if (holdsByValue(st, st, new java.util.HashSet<>())) {
                int start = st.ast().span().start();
                throw error(new Span(st.ast().span().file(), start, start + 6), "struct '" + st.name() + "' depends on itself");
            }
        } finally {
            checkingContainment--;
        }
    }

    private static boolean holdsByValue(StructType holder, StructType target, java.util.Set<StructType> seen) {
        for (StructType.Field f : holder.fields()) if (contains(f.type(), target, seen)) return true;
        return false;
    }

    private static boolean contains(Type t, StructType target, java.util.Set<StructType> seen) {
        return switch (t) {
            case StructType s -> s == target || seen.add(s) && holdsByValue(s, target, seen);
            case Type.Array a -> contains(a.child(), target, seen);
            case Type.Optional o -> contains(o.child(), target, seen);
            case Type.ErrorUnion eu -> contains(eu.payload(), target, seen);
            default -> false;
        };
    }

    /** The default value of a field, evaluated on first use. */
    Value fieldDefault(StructType st, int index) {
        StructType.Field f = st.fields().get(index);
        if (f.defaultValue() != null || f.ast() == null || f.ast().defaultValue() == null) return f.defaultValue();
        Namespace ns = st.namespace();
        var scope = new Scope(Scope.of(ns), ns);
        var checker = new Checker(this, null, scope);
        return checker.exprs.comptimeValue(f.ast().defaultValue(), scope, f.type());
    }

    // ------------------------------------------------------------------ declarations

    /** The value of a container-level declaration (resolving it if needed), or null if absent. */
    Value resolveDeclValue(Namespace ns, String name, Span useSite) {
        Namespace.Decl d = ns.get(name);
        if (d == null) return null;
        resolveDecl(ns, d, useSite);
        return d.value;
    }

    void resolveDecl(Namespace ns, Namespace.Decl d, Span useSite) {
        if (d.state == Namespace.State.RESOLVED) return;
        if (d.state == Namespace.State.FAILED) {
            // a failure whose report was withdrawn (by a quiet attempt) is resolved again, so it is reported
            if (d.failure != null && diagnostics.contains(d.failure)) throw new SemaError();
            d.state = Namespace.State.UNRESOLVED;
        }
        if (d.state == Namespace.State.RESOLVING) {
            // functions may refer to themselves; constants may not
            if (d.member instanceof Ast.FnDecl) return;
            throw error(useSite != null ? useSite : d.member.span(), "dependency loop detected");
        }
        d.state = Namespace.State.RESOLVING;
        try {
            switch (d.member) {
                case Ast.FnDecl fn -> {
                    d.value = new Value.FnV(new FnRef(fn, ns));
                    d.type = null;
                }
                case Ast.VarDecl v -> resolveVarDecl(ns, d, v);
                default -> throw new IllegalStateException();
            }
            d.state = Namespace.State.RESOLVED;
        } catch (SemaError e) {
            d.state = Namespace.State.FAILED;
            d.failure = diagnostics.isEmpty() ? null : diagnostics.get(diagnostics.size() - 1);
            throw e;
        }
    }

    private void resolveVarDecl(Namespace ns, Namespace.Decl d, Ast.VarDecl v) {
        var scope = new Scope(Scope.of(ns), ns);
        var checker = new Checker(this, null, scope);
        Type declared = v.type() != null ? checker.types.resolveType(v.type(), scope) : null;
        if (v.isExtern()) throw error(v.span(), "Heap Lab does not support extern variables");
        if (v.init() == null) throw error(v.span(), "variables must be initialized");
        String typeName = ns.qualifiedName() + "." + v.name();
        Value value;
        Type type;
        if (v.init() instanceof Ast.ContainerType ct && v.isConst()) {
            type = new Type.TypeType();
            value = new Value.TypeV(makeContainer(ct, scope, typeName, checker));
        } else {
            checker.nameHint = typeName;
            Ir.Expr e = checker.exprs.expr(v.init(), declared, scope);
            if (declared != null) e = checker.coercions.coerce(e, declared, v.init().span());
            Value cv = Consts.constValue(e);
            if (cv == null) {
                throw error(v.init().span(), "unable to resolve comptime value",
                        new Diagnostic.Note(v.init().span(), "global variable initializer must be comptime-known"));
            }
            value = cv;
            type = e.type();
        }
        d.type = type;
        if (v.isConst()) {
            d.value = value;
        } else {
            if (type.isComptimeOnly()) {
                throw error(v.nameSpan(), "variable of type '" + type.name() + "' must be const or comptime");
            }
            var g = new GlobalVar(v.name(), typeName, type, value, true, v.nameSpan());
            g.index = globals.size();
            globals.add(g);
            d.global = g;
            d.value = null;
        }
    }

    /** {@code ns.name} where ns is a file or container: the declaration's value, with Zig's error if absent. */
    Value fieldOfNamespace(StructType container, String name, SourceFile from) {
        return resolveDeclValue(container.namespace(), name, null);
    }

    // ------------------------------------------------------------------ functions

    /**
     * The instance of a function for the given comptime arguments (null entries for runtime
     * parameters) and the types of its anytype arguments. Bodies are checked later, in order.
     */
    Ir.Function instantiate(FnRef ref, List<Value> comptimeArgs, List<Type> anyTypes, Span callSite) {
        Ast.FnDecl decl = ref.decl();
        String key = instanceKey(ref, comptimeArgs, anyTypes);
        Ir.Function existing = instances.get(key);
        if (existing != null) return existing;

        String name = decl.name();
        var f = new Ir.Function(name, ref, ref.namespace().file(), decl.span());
        f.isInline = decl.isInline();
        var scope = new Scope(Scope.of(ref.namespace()), ref.namespace());
        scope = new Scope(scope, null);
        var checker = new Checker(this, f, scope);
        int anyIndex = 0;
        for (int i = 0; i < decl.params().size(); i++) {
            Ast.Param p = decl.params().get(i);
            Value cv = i < comptimeArgs.size() ? comptimeArgs.get(i) : null;
            if (p.isComptime()) {
                Type t = p.isAnytype() ? (cv instanceof Value.TypeV ? new Type.TypeType() : anyTypes.get(anyIndex++))
                        : checker.types.resolveType(p.type(), scope);
                if (p.name() != null) scope.bind(p.name(), new Scope.Comptime(t, cv));
                f.comptimeArgs.add(cv);
                f.allParamTypes.add(t);
                f.paramIsComptime.add(true);
            } else {
                Type t = p.isAnytype() ? anyTypes.get(anyIndex++) : checker.types.resolveType(p.type(), scope);
                if (t.isComptimeOnly() && !(t instanceof Type.TypeType)) {
                    // a comptime-only argument to an anytype parameter is passed at compile time
                    if (p.name() != null) scope.bind(p.name(), new Scope.Comptime(t, cv));
                    f.comptimeArgs.add(cv);
                    f.allParamTypes.add(t);
                    f.paramIsComptime.add(true);
                    continue;
                }
                if (t instanceof Type.TypeType) {
                    if (p.name() != null) scope.bind(p.name(), new Scope.Comptime(t, cv));
                    f.comptimeArgs.add(cv);
                    f.allParamTypes.add(t);
                    f.paramIsComptime.add(true);
                    continue;
                }
                Ir.Local l = f.newLocal(p.name() != null ? p.name() : "_", t, false, true, false, p.nameSpan() != null ? p.nameSpan() : p.span());
                if (p.name() != null && !p.name().equals("_")) scope.bind(p.name(), new Scope.Runtime(l));
                f.comptimeArgs.add(null);
                f.allParamTypes.add(t);
                f.paramIsComptime.add(false);
            }
        }
        final Scope retScope = scope;
        Type ret = signaturePart(decl, callSite, () -> checker.types.resolveType(decl.returnType(), retScope));
        if (decl.inferredErrorSet()) {
            ret = new Type.ErrorUnion(ErrorSetType.inferred(ref.namespace().qualifiedName() + "." + name), ret);
        }
        f.returnType = ret;
        f.index = functions.size();
        functions.add(f);
        instances.put(key, f);
        if (decl.isExtern() || decl.body() == null) {
            if (!ref.isLibrary()) throw error(decl.span(), "Heap Lab does not support extern functions");
            f.nativeName = ref.qualifiedName();
            if (FormatCheck.isFormatting(f.nativeName)) checkFormat(f, callSite);
        } else {
            pending.put(f, new Pending(decl, scope));
            pendingBodies.addLast(f);
        }
        return f;
    }

    /** The last call written in the user's own file (where std errors are shown in the editor). */
    Span lastUserSite;

    private void checkFormat(Ir.Function f, Span callSite) {
        byte[] fmt = null;
        for (Value v : f.comptimeArgs) if (v instanceof Value.StringV s) fmt = s.bytes();
        Type args = f.allParamTypes.get(f.allParamTypes.size() - 1);
        if (fmt == null) return;
        try {
            f.formatSpec = FormatCheck.check(fmt, args);
        } catch (FormatCheck.Problem p) {
            // the error is in the instantiated std function, so the caller's analysis goes on (as in Zig)
            stdError(lastUserSite != null ? lastUserSite : callSite != null ? callSite : Span.at(root, 0), p.location, p.getMessage());
        }
    }

    private String instanceKey(FnRef ref, List<Value> comptimeArgs, List<Type> anyTypes) {
        var sb = new StringBuilder();
        sb.append(id(ref.decl())).append('/').append(id(ref.namespace())).append('|');
        for (Value v : comptimeArgs) sb.append(v == null ? "_" : valueKey(v)).append(',');
        sb.append('|');
        for (Type t : anyTypes) sb.append(typeKey(t)).append(',');
        return sb.toString();
    }

    /** Serial numbers that identify objects in memoization keys (identity hash codes can collide). */
    private final Map<Object, Integer> ids = new java.util.IdentityHashMap<>();

    private int id(Object o) {
        Integer known = ids.get(o);
        if (known != null) return known;
        ids.put(o, ids.size() + 1);
        return ids.size();
    }

    /** A key that identifies a comptime value for memoizing instances and type functions. */
    String valueKey(Value v) {
        return switch (v) {
            case Value.TypeV t -> "T" + typeKey(t.type());
            case Value.AggregateV a -> {
                var sb = new StringBuilder("A" + typeKey(a.type()) + "{");
                for (Value e : a.elements()) sb.append(e == null ? "null" : valueKey(e)).append(';');
                yield sb.append('}').toString();
            }
            case Value.StringV s -> "S" + java.util.Arrays.hashCode(s.bytes()) + ":" + new String(s.bytes(), StandardCharsets.UTF_8);
            case Value.FnV f -> "F" + id(f.fn().decl()) + "/" + id(f.fn().namespace());
            case Value.RefV r -> "R" + System.identityHashCode(r);
            case Value.EnumV e -> "E" + typeKey(e.type()) + e.index();
            default -> v.getClass().getSimpleName() + v.show();
        };
    }

    String typeKey(Type t) {
        return switch (t) {
            case StructType s -> "s" + id(s);
            case EnumType e -> "e" + id(e);
            case UnionType u -> "u" + id(u);
            case ErrorSetType e -> e.isAnyError() ? "anyerror" : "E" + id(e);
            case Type.Pointer p -> "p" + p.size() + p.isConst() + (p.sentinel() == null ? "" : valueKey(p.sentinel())) + "(" + typeKey(p.child()) + ")";
            case Type.Array a -> "a" + a.length() + (a.sentinel() == null ? "" : valueKey(a.sentinel())) + "(" + typeKey(a.child()) + ")";
            case Type.Optional o -> "o(" + typeKey(o.child()) + ")";
            case Type.ErrorUnion eu -> "x(" + typeKey(eu.errorSet()) + "," + typeKey(eu.payload()) + ")";
            case Type.Fn f -> {
                var sb = new StringBuilder("f(");
                for (Type p : f.params()) sb.append(typeKey(p)).append(',');
                yield sb.append(")").append(typeKey(f.returnType())).toString();
            }
            default -> t.name();
        };
    }

    /** The instance a function used as a value (a pointer in a vtable) refers to. */
    void functionValue(FnRef ref, Span site) {
        if (functionValues.containsKey(ref)) return;
        for (Ast.Param p : ref.decl().params()) {
            if (p.isComptime() || p.isAnytype()) throw error(site != null ? site : ref.decl().span(), "unable to take the address of a generic function");
        }
        functionValues.put(ref, instantiate(ref, List.of(), List.of(), site));
    }

    /** Memo of comptime function calls (type functions like {@code ArrayList(i32)}). */
    Value memoComptimeCall(FnRef ref, List<Value> args, java.util.function.Supplier<Value> compute) {
        var sb = new StringBuilder();
        sb.append(id(ref.decl())).append('/').append(id(ref.namespace())).append('|');
        for (Value v : args) sb.append(v == null ? "_" : valueKey(v)).append(',');
        String key = sb.toString();
        if (comptimeCalls.containsKey(key)) {
            Value v = comptimeCalls.get(key);
            if (v == null) throw new SemaError();
            return v;
        }
        comptimeCalls.put(key, null);
        Value v = compute.get();
        comptimeCalls.put(key, v);
        return v;
    }

    /** The qualified type name Zig gives a type returned by a generic, e.g. {@code main.Stack(i32)}. */
    static String genericName(FnRef ref, List<Value> args) {
        var sb = new StringBuilder(ref.qualifiedName()).append('(');
        boolean first = true;
        for (Value v : args) {
            if (v == null) continue;
            if (!first) sb.append(',');
            first = false;
            sb.append(v instanceof Value.TypeV t ? t.type().name() : v.show());
        }
        return sb.append(')').toString();
    }

    @SuppressWarnings("unused")
    private static final Class<?>[] USED = {Objects.class, LinkedHashMap.class};
}
