package org.heaplab.lang.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.heaplab.diag.Diagnostic;
import org.heaplab.lang.ast.Ast;
import org.heaplab.source.SourceFile;
import org.heaplab.source.Span;

/**
 * The checks Zig makes on a whole file before analysing it (its AstGen): unused locals,
 * parameters and captures, {@code var}s that are never mutated, pointless discards and
 * shadowing. They cover every function of the file, called or not, and are reported in
 * Zig's order: as each scope closes, latest declaration first.
 */
final class AstGenChecks {
    private enum Kind {
        CONST("local constant"), VAR("local variable"), PARAM("function parameter"), CAPTURE("capture");

        final String label;

        Kind(String label) { this.label = label; }
    }

    private static final class Decl {
        final String name;
        final Kind kind;
        final Span span;
        boolean used;
        boolean mutated;
        Span firstUse;
        Span discard;

        Decl(String name, Kind kind, Span span) {
            this.name = name;
            this.kind = kind;
            this.span = span;
        }
    }

    private final List<Diagnostic> out = new ArrayList<>();
    private final Deque<Map<String, Decl>> scopes = new ArrayDeque<>();
    /** The declarations of the containers around the code being checked, innermost first: a local may not shadow one. */
    private final Deque<Map<String, Span>> containerDecls = new ArrayDeque<>();

    /** A shadowing error was reported in the function being checked. */
    private boolean abandoned;

    /** The declarations (functions, tests, container constants) whose AstGen failed: Zig does not analyse them. */
    private final List<Span> failed = new ArrayList<>();

    /** AstGen's diagnostics, and the spans of the declarations whose AstGen failed. */
    record Result(List<Diagnostic> diagnostics, List<Span> failedDecls) {
        /** Whether a diagnostic of analysis lies in a declaration that Zig would not have analysed. */
        boolean inFailedDecl(Diagnostic d) {
            for (Span f : failedDecls) {
                if (f.file().equals(d.span().file()) && d.span().start() >= f.start() && d.span().start() < f.end()) return true;
            }
            return false;
        }
    }

    static Result check(SourceFile file, Ast.Container root) {
        var c = new AstGenChecks();
        c.container(root);
        return new Result(c.out, c.failed);
    }

    private void container(Ast.Container c) {
        boolean outerResolving = resolving;
        resolving = false;
        try {
            containerBody(c);
        } finally {
            resolving = outerResolving;
        }
    }

    private void containerBody(Ast.Container c) {
        Map<String, Span> decls = new LinkedHashMap<>();
        for (Ast.Member m : c.members()) {
            if (m instanceof Ast.VarDecl v) decls.put(v.name(), v.span());
            if (m instanceof Ast.FnDecl f) decls.put(f.name(), f.span());
        }
        containerDecls.push(decls);
        try {
            members(c);
        } finally {
            containerDecls.pop();
        }
    }

    private void members(Ast.Container c) {
        for (Ast.Member m : c.members()) {
            switch (m) {
                case Ast.FnDecl f -> function(f);
                case Ast.TestDecl t -> {
                    boolean outer = abandoned;
                    abandoned = false;
                    push();
                    resolving = true;
                    block(t.body());
                    resolving = false;
                    pop();
                    if (abandoned) failed.add(t.span());
                    abandoned = outer;
                }
                case Ast.VarDecl v -> {
                    boolean outer = abandoned;
                    abandoned = false;
                    if (v.type() != null) expr(v.type());
                    if (v.init() != null) expr(v.init());
                    if (abandoned) failed.add(v.span());
                    abandoned = outer;
                }
                case Ast.FieldDecl fd -> {
                    if (fd.type() != null) expr(fd.type());
                    // a tuple field written as a lone name (`struct { T, T }`) uses that name as its type
                    else if (fd.name() != null) expr(new Ast.Identifier(fd.name(), fd.nameSpan()));
                    if (fd.defaultValue() != null) expr(fd.defaultValue());
                }
                case Ast.ComptimeDecl cd -> block(cd.body());
            }
        }
    }

    private void function(Ast.FnDecl f) {
        boolean outer = abandoned;
        abandoned = false;
        push();
        for (Ast.Param p : f.params()) {
            if (p.type() != null && !p.isAnytype()) expr(p.type());
            // an extern function has no body to use its parameters in
            if (p.name() != null && !p.name().equals("_") && f.body() != null) declare(p.name(), Kind.PARAM, p.nameSpan());
        }
        expr(f.returnType());
        resolving = true;
        if (f.body() != null) block(f.body());
        resolving = false;
        pop();
        if (abandoned) failed.add(f.span());
        abandoned = outer;
    }

    private void push() { scopes.push(new LinkedHashMap<>()); }

    private void pop() {
        Map<String, Decl> scope = scopes.pop();
        // Zig's AstGen stops a function at its first shadowing error: nothing after it is reported
        if (abandoned) return;
        List<Decl> decls = new ArrayList<>(scope.values());
        for (int i = decls.size() - 1; i >= 0; i--) {
            Decl d = decls.get(i);
            if (!d.used && d.discard == null) {
                out.add(Diagnostic.error(d.span, "unused " + d.kind.label));
            } else if (d.used && d.discard != null) {
                out.add(Diagnostic.error(d.discard, "pointless discard of " + d.kind.label, new Diagnostic.Note(d.firstUse, "used here")));
            } else if (d.kind == Kind.VAR && !d.mutated) {
                out.add(Diagnostic.error(d.span, "local variable is never mutated", new Diagnostic.Note(d.span, "consider using 'const'")));
            }
        }
    }

    private void declare(String name, Kind kind, Span span) {
        if (name.equals("_")) return;
        for (Map<String, Decl> s : scopes) {
            Decl prev = s.get(name);
            if (prev != null) {
                out.add(Diagnostic.error(span, kind.label + " '" + name + "' shadows " + prev.kind.label + " from outer scope",
                        new Diagnostic.Note(prev.span, "previous declaration here")));
                abandoned = true;
                return;
            }
        }
        for (Map<String, Span> decls : containerDecls) {
            Span declared = decls.get(name);
            if (declared != null) {
                Span at = new Span(declared.file(), declared.start(), declared.start() + 1);
                out.add(Diagnostic.error(span, kind.label + " shadows declaration of '" + name + "'", new Diagnostic.Note(at, "declared here")));
                abandoned = true;
                return;
            }
        }
        scopes.peek().put(name, new Decl(name, kind, span));
    }

    /** Inside a function's or test's body (not in a container declared there): identifiers are resolved. */
    private boolean resolving;

    private static final Set<String> PRIMITIVES = Set.of("bool", "void", "type", "noreturn", "anyerror", "anyopaque",
            "anyframe", "comptime_int", "comptime_float", "usize", "isize", "f16", "f32", "f64", "f80", "f128", "c_char",
            "c_short", "c_ushort", "c_int", "c_uint", "c_long", "c_ulong", "c_longlong", "c_ulonglong", "c_longdouble",
            "true", "false", "null", "undefined", "unreachable", "_");

    /** Whether {@code name} is a declaration of an enclosing container or a primitive (u8, bool, null...). */
    private boolean declaredOutside(String name) {
        if (PRIMITIVES.contains(name) || name.matches("[iu][0-9]+")) return true;
        for (Map<String, Span> decls : containerDecls) if (decls.containsKey(name)) return true;
        return false;
    }

    private Decl lookup(String name) {
        for (Map<String, Decl> s : scopes) {
            Decl d = s.get(name);
            if (d != null) return d;
        }
        return null;
    }

    private void use(Ast.Identifier id) {
        Decl d = lookup(id.name());
        if (d == null && resolving && !abandoned && !declaredOutside(id.name())) {
            // an AstGen error: the rest of the function is not checked (its unused locals are not reported)
            out.add(Diagnostic.error(id.span(), "use of undeclared identifier '" + id.name() + "'"));
            abandoned = true;
        }
        if (d == null) return;
        if (!d.used) d.firstUse = id.span();
        d.used = true;
    }

    /** Marks the root variable of an lvalue chain (x, x.f, x[i], x[a..b], x.?, but not p.*) as mutated. */
    private void mutate(Ast.Expr e) {
        while (true) {
            switch (e) {
                case Ast.Identifier id -> {
                    Decl d = lookup(id.name());
                    if (d != null) d.mutated = true;
                    return;
                }
                case Ast.Field f -> e = f.target();
                case Ast.Index i -> e = i.target();
                case Ast.SliceOf s -> e = s.target();
                case Ast.UnwrapOpt u -> e = u.target();
                case Ast.Grouped g -> e = g.expr();
                case Ast.BuiltinCall b when b.name().equals("field") && !b.args().isEmpty() -> e = b.args().get(0);
                default -> {
                    return;
                }
            }
        }
    }

    private void block(Ast.Block b) {
        push();
        for (Ast.Stmt s : b.stmts()) stmt(s);
        pop();
    }

    private void stmt(Ast.Stmt s) {
        switch (s) {
            case Ast.VarDecl v -> {
                if (v.type() != null) expr(v.type());
                if (v.init() != null) expr(v.init());
                declare(v.name(), v.isConst() ? Kind.CONST : Kind.VAR, v.nameSpan());
            }
            case Ast.Assign a -> assign(a);
            case Ast.Defer d -> {
                push();
                if (d.capture() != null) declare(d.capture(), Kind.CAPTURE, d.span());
                expr(d.body());
                pop();
            }
            case Ast.ExprStmt es -> expr(es.expr());
            case Ast.Destructure d -> {
                expr(d.value());
                for (Ast.DestructTarget t : d.targets()) {
                    if (t.isDecl()) {
                        if (t.type() != null) expr(t.type());
                        declare(t.name(), t.isConst() ? Kind.CONST : Kind.VAR, t.nameSpan());
                    } else if (!(t.target() instanceof Ast.Identifier id && id.name().equals("_"))) {
                        mutate(t.target());
                        expr(t.target());
                    }
                }
            }
        }
    }

    private void assign(Ast.Assign a) {
        if (a.op() == null && a.target() instanceof Ast.Identifier id && id.name().equals("_")) {
            if (a.value() instanceof Ast.Identifier v) {
                Decl d = lookup(v.name());
                if (d != null) {
                    if (d.discard == null) d.discard = v.span();
                    return;
                }
            }
            expr(a.value());
            return;
        }
        mutate(a.target());
        expr(a.target());
        expr(a.value());
    }

    private void capture(Ast.Capture c) {
        if (c != null && !c.name().equals("_")) declare(c.name(), Kind.CAPTURE, nameSpan(c));
    }

    private static Span nameSpan(Ast.Capture c) {
        String text = c.span().text();
        int i = text.indexOf(c.name());
        if (i < 0) return c.span();
        int start = c.span().start() + i;
        return new Span(c.span().file(), start, start + c.name().length());
    }

    /** Zig's builtins and their parameter counts (-1: any number), as its BuiltinFn table lists them. */
    private static final Map<String, Integer> BUILTIN_PARAMS = Map.ofEntries(
        Map.entry("addWithOverflow", 2), Map.entry("addrSpaceCast", 1), Map.entry("alignCast", 1),
        Map.entry("alignOf", 1), Map.entry("as", 2), Map.entry("asyncCall", 4), Map.entry("atomicLoad", 3),
        Map.entry("atomicRmw", 5), Map.entry("atomicStore", 4), Map.entry("bitCast", 1), Map.entry("bitOffsetOf", 2),
        Map.entry("intFromBool", 1), Map.entry("bitSizeOf", 1), Map.entry("branchHint", 1),
        Map.entry("breakpoint", 0), Map.entry("disableInstrumentation", 0), Map.entry("mulAdd", 4),
        Map.entry("byteSwap", 1), Map.entry("bitReverse", 1), Map.entry("offsetOf", 2), Map.entry("call", 3),
        Map.entry("cDefine", 2), Map.entry("cImport", 1), Map.entry("cInclude", 1), Map.entry("clz", 1),
        Map.entry("cmpxchgStrong", 6), Map.entry("cmpxchgWeak", 6), Map.entry("compileError", 1),
        Map.entry("compileLog", -1), Map.entry("constCast", 1), Map.entry("ctz", 1), Map.entry("cUndef", 1),
        Map.entry("cVaArg", 2), Map.entry("cVaCopy", 1), Map.entry("cVaEnd", 1), Map.entry("cVaStart", 0),
        Map.entry("divExact", 2), Map.entry("divFloor", 2), Map.entry("divTrunc", 2), Map.entry("embedFile", 1),
        Map.entry("intFromEnum", 1), Map.entry("errorName", 1), Map.entry("errorReturnTrace", 0),
        Map.entry("intFromError", 1), Map.entry("errorCast", 1), Map.entry("export", 2), Map.entry("extern", 2),
        Map.entry("field", 2), Map.entry("fieldParentPtr", 2), Map.entry("FieldType", 2), Map.entry("floatCast", 1),
        Map.entry("intFromFloat", 1), Map.entry("frame", 0), Map.entry("Frame", 1), Map.entry("frameAddress", 0),
        Map.entry("frameSize", 1), Map.entry("hasDecl", 2), Map.entry("hasField", 2), Map.entry("import", 1),
        Map.entry("inComptime", 0), Map.entry("intCast", 1), Map.entry("enumFromInt", 1),
        Map.entry("errorFromInt", 1), Map.entry("floatFromInt", 1), Map.entry("ptrFromInt", 1), Map.entry("max", -1),
        Map.entry("memcpy", 2), Map.entry("memset", 2), Map.entry("min", -1), Map.entry("wasmMemorySize", 1),
        Map.entry("wasmMemoryGrow", 2), Map.entry("mod", 2), Map.entry("mulWithOverflow", 2), Map.entry("panic", 1),
        Map.entry("popCount", 1), Map.entry("prefetch", 2), Map.entry("ptrCast", 1), Map.entry("intFromPtr", 1),
        Map.entry("rem", 2), Map.entry("returnAddress", 0), Map.entry("select", 4),
        Map.entry("setEvalBranchQuota", 1), Map.entry("setFloatMode", 1), Map.entry("setRuntimeSafety", 1),
        Map.entry("shlExact", 2), Map.entry("shlWithOverflow", 2), Map.entry("shrExact", 2), Map.entry("shuffle", 4),
        Map.entry("sizeOf", 1), Map.entry("splat", 1), Map.entry("reduce", 2), Map.entry("src", 0),
        Map.entry("sqrt", 1), Map.entry("sin", 1), Map.entry("cos", 1), Map.entry("tan", 1), Map.entry("exp", 1),
        Map.entry("exp2", 1), Map.entry("log", 1), Map.entry("log2", 1), Map.entry("log10", 1), Map.entry("abs", 1),
        Map.entry("floor", 1), Map.entry("ceil", 1), Map.entry("trunc", 1), Map.entry("round", 1),
        Map.entry("subWithOverflow", 2), Map.entry("tagName", 1), Map.entry("This", 0), Map.entry("trap", 0),
        Map.entry("truncate", 1), Map.entry("Type", 1), Map.entry("typeInfo", 1), Map.entry("typeName", 1),
        Map.entry("TypeOf", -1), Map.entry("unionInit", 3), Map.entry("Vector", 2), Map.entry("volatileCast", 1),
        Map.entry("workItemId", 1), Map.entry("workGroupSize", 1), Map.entry("workGroupId", 1));

    /**
     * A call of a builtin Zig does not have, or with the wrong number of arguments, is an AstGen
     * error: reported before any analysis, and the rest of the function is not checked.
     */
    private void builtinArity(Ast.BuiltinCall b) {
        String message = arityProblem(b);
        if (message == null) return;
        out.add(Diagnostic.error(b.span(), message));
        abandoned = true;
    }

    /**
     * What is wrong with a builtin call's name or argument count, or null. The checker asks too,
     * for calls this pass does not reach (a builtin in a parameter's type, in a nested container).
     */
    static String arityProblem(Ast.BuiltinCall b) {
        if (b.name().startsWith("hl_")) return null; // the lab's own builtins, for its std sources
        Integer n = BUILTIN_PARAMS.get(b.name());
        int found = b.args().size();
        String message = null;
        if (n == null) message = "invalid builtin function: '@" + b.name() + "'";
        else if (n >= 0 && n != found) message = "expected " + n + " argument" + (n == 1 ? "" : "s") + ", found " + found;
        else if (n < 0 && (b.name().equals("min") || b.name().equals("max")) && found < 2) message = "expected at least 2 arguments, found " + found;
        else if (n < 0 && b.name().equals("TypeOf") && found < 1) message = "expected at least 1 argument, found 0";
        return message;
    }

    private void expr(Ast.Expr e) {
        if (e == null) return;
        switch (e) {
            case Ast.Identifier id -> use(id);
            case Ast.IntLit l -> { }
            case Ast.FloatLit l -> { }
            case Ast.CharLit l -> { }
            case Ast.StringLit l -> { }
            case Ast.EnumLit l -> { }
            case Ast.ErrorLit l -> { }
            case Ast.Unreachable u -> { }
            case Ast.AnyType a -> { }
            case Ast.Bad b -> { }
            case Ast.ErrorSetType es -> { }
            case Ast.BuiltinCall b -> {
                if (!abandoned) builtinArity(b);
                b.args().forEach(this::expr);
            }
            case Ast.Call c -> {
                if (c.callee() instanceof Ast.Field f) mutate(f.target());
                expr(c.callee());
                c.args().forEach(this::expr);
            }
            case Ast.Field f -> expr(f.target());
            case Ast.Index i -> {
                expr(i.target());
                expr(i.index());
            }
            case Ast.SliceOf s -> {
                mutate(s.target());
                expr(s.target());
                expr(s.start());
                expr(s.end());
                expr(s.sentinel());
            }
            case Ast.Deref d -> expr(d.target());
            case Ast.UnwrapOpt u -> expr(u.target());
            case Ast.Unary u -> {
                if (u.op() == Ast.UnaryOp.ADDRESS_OF) mutate(u.operand());
                if (u.op() == Ast.UnaryOp.NEG && u.operand() instanceof Ast.IntLit l && l.value().signum() == 0 && !abandoned) {
                    out.add(Diagnostic.error(l.span(), "integer literal '-0' is ambiguous",
                            new Diagnostic.Note(l.span(), "use '0' for an integer zero"),
                            new Diagnostic.Note(l.span(), "use '-0.0' for a floating-point signed zero")));
                    abandoned = true;
                }
                expr(u.operand());
            }
            case Ast.Try t -> expr(t.operand());
            case Ast.Binary b -> {
                expr(b.left());
                expr(b.right());
            }
            case Ast.Catch c -> {
                expr(c.left());
                push();
                if (c.capture() != null && !c.capture().equals("_")) declare(c.capture(), Kind.CAPTURE, c.captureSpan());
                expr(c.right());
                pop();
            }
            case Ast.Orelse o -> {
                expr(o.left());
                expr(o.right());
            }
            case Ast.Init in -> {
                expr(in.type());
                in.fields().forEach(f -> expr(f.value()));
                in.elements().forEach(this::expr);
            }
            case Ast.If i -> {
                if (i.capture() != null && i.capture().byRef()) mutate(i.cond());
                expr(i.cond());
                push();
                capture(i.capture());
                expr(i.then());
                pop();
                push();
                capture(i.elseCapture());
                expr(i.otherwise());
                pop();
            }
            case Ast.Switch s -> {
                boolean refCapture = s.cases().stream().anyMatch(sc -> sc.capture() != null && sc.capture().byRef());
                if (refCapture) mutate(s.operand());
                expr(s.operand());
                for (Ast.SwitchCase sc : s.cases()) {
                    sc.items().forEach(this::expr);
                    for (Ast.Expr[] r : sc.ranges()) {
                        expr(r[0]);
                        expr(r[1]);
                    }
                    push();
                    capture(sc.capture());
                    capture(sc.tagCapture());
                    expr(sc.body());
                    pop();
                }
            }
            case Ast.Block b -> block(b);
            case Ast.While w -> {
                if (w.capture() != null && w.capture().byRef()) mutate(w.cond());
                expr(w.cond());
                push();
                capture(w.capture());
                expr(w.cont());
                expr(w.body());
                pop();
                push();
                capture(w.elseCapture());
                expr(w.otherwise());
                pop();
            }
            case Ast.For f -> {
                if (f.captures().size() > f.inputs().size()) {
                    out.add(Diagnostic.error(nameSpan(f.captures().get(f.inputs().size())), "extra capture in for loop"));
                } else if (f.captures().size() < f.inputs().size()) {
                    Ast.ForInput in = f.inputs().get(f.captures().size());
                    Span at = in.span();
                    if (in.isRange()) {
                        // Zig points at a range's `..`
                        int dots = at.file().text().indexOf("..", in.expr().span().end());
                        if (dots >= 0 && dots < at.end()) at = new Span(at.file(), dots, dots + 2);
                    }
                    out.add(Diagnostic.error(at, "for input is not captured"));
                }
                for (Ast.ForInput in : f.inputs()) {
                    expr(in.expr());
                    expr(in.rangeEnd());
                }
                push();
                f.captures().forEach(this::capture);
                expr(f.body());
                pop();
                expr(f.otherwise());
            }
            case Ast.Break b -> expr(b.value());
            case Ast.Continue c -> expr(c.value());
            case Ast.Return r -> expr(r.value());
            case Ast.ContainerType ct -> container(ct.body());
            case Ast.FnType ft -> {
                for (Ast.Param p : ft.params()) if (!p.isAnytype()) expr(p.type());
                expr(ft.returnType());
            }
            case Ast.PointerType p -> {
                expr(p.child());
                expr(p.sentinel());
                expr(p.align());
            }
            case Ast.ArrayType a -> {
                expr(a.length());
                expr(a.sentinel());
                expr(a.child());
            }
            case Ast.OptionalType o -> expr(o.child());
            case Ast.ErrorUnionType eu -> {
                expr(eu.errorSet());
                expr(eu.payload());
            }
            case Ast.Comptime c -> expr(c.expr());
            case Ast.Grouped g -> expr(g.expr());
            case Ast.Assign a -> assign(a);
        }
    }
}
