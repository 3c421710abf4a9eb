package org.heaplab.lang.check;

import static org.heaplab.lang.check.Checker.note;
import static org.heaplab.lang.check.Consts.*;
import static org.heaplab.lang.check.TypeRules.*;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.heaplab.diag.Diagnostic;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.ErrorSetType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.UnionType;
import org.heaplab.lang.types.Value;
import org.heaplab.source.Span;

/**
 * {@code switch}: prongs with items, ranges and {@code else}; captures of a tagged union's
 * payload (by value or pointer); {@code inline} prongs, checked once per value they match with
 * that value known while compiling ({@code inline else => |x, tag|}); the {@code _} prong of a
 * non-exhaustive enum; a comptime-known operand, for which only the prong it takes is analysed
 * (types switched on included); and labeled switches, which {@code continue :sw value} dispatches
 * again: a loop around the switch on a variable holding the operand.
 */
final class Switches {
    private final Checker cx;

    Switches(Checker cx) {
        this.cx = cx;
    }

    Ir.Expr switchExpr(Ast.Switch s, Type expected) {
        boolean discard = cx.takeDiscard();
        Ir.Expr o = cx.exprs.expr(s.operand(), null);
        if (s.label() != null && !cx.executing && !o.type().isComptimeOnly() && !(o.type() instanceof Type.ComptimeInt)) {
            return labeled(s, o, expected, discard);
        }
        if (s.label() != null && cx.executing) {
            // run while compiling: `continue :sw v` comes back here with the next operand
            while (true) {
                try {
                    return dispatch(s, o, expected, discard);
                } catch (Comptime.Continue c) {
                    if (!s.label().equals(c.label) || c.value == null) throw c;
                    cx.comptime.countBranch(s.span());
                    o = cx.coercions.coerce(c.value, o.type(), c.span);
                } catch (Comptime.Break b) {
                    if (!s.label().equals(b.label)) throw b;
                    return konst(b.type, b.value, s.span());
                }
            }
        }
        if (s.label() != null) {
            var ctx = new Checker.LabelCtx(new Ir.Label(s.label(), false), s.label(), false, expected);
            cx.labels.push(ctx);
            try {
                return dispatch(s, o, expected, discard);
            } finally {
                cx.labels.pop();
            }
        }
        return dispatch(s, o, expected, discard);
    }

    /** {@code sw: switch (x) { ... continue :sw y; ... }}: a loop whose body switches on a variable. */
    private Ir.Expr labeled(Ast.Switch s, Ir.Expr o, Type expected, boolean discard) {
        Type ot = o.type();
        if (ot.isComptimeOnly()) throw cx.error(s.operand().span(), "unable to resolve comptime value");
        Ir.Local op = cx.fn.newLocal("switch operand", ot, true, false, true, s.operand().span());
        var loop = new Ir.Label(null, true);
        loop.resultType = VOID;
        var exit = new Ir.Label(s.label(), false);
        var ctx = new Checker.LabelCtx(exit, s.label(), false, expected);
        ctx.switchOperand = op;
        ctx.switchLoop = loop;
        cx.labels.push(ctx);
        Ir.Expr inner;
        try {
            inner = dispatch(s, new Ir.LocalRef(op, s.operand().span()), expected, discard);
        } finally {
            cx.labels.pop();
        }
        inner = cx.loops.resolveBreaks(ctx, inner, s.span());
        Type t = inner.type() instanceof Type.NoReturn && ctx.broken && ctx.expected != null ? ctx.expected
                : ctx.broken && ctx.expected != null ? ctx.expected : inner.type();
        // every prong leaves by `continue :sw` or `break :sw`: a break with no value makes the switch void,
        // and the code after it reachable
        if (t instanceof Type.NoReturn && ctx.broken) t = VOID;
        exit.resultType = t;
        List<Ir.Node> body = new ArrayList<>();
        if (t instanceof Type.Void || t instanceof Type.NoReturn) {
            body.add(new Ir.ExprStmt(inner, s.span()));
            if (!(inner.type() instanceof Type.NoReturn)) body.add(new Ir.ExprStmt(new Ir.Break(exit, null, s.span()), s.span()));
        } else {
            Ir.Expr v = inner.type() instanceof Type.NoReturn ? inner : cx.coercions.coerce(inner, t, s.span());
            body.add(new Ir.ExprStmt(new Ir.Break(exit, v, s.span()), s.span()));
        }
        var w = new Ir.While(loop, Ir.WhileKind.BOOL, konst(BOOL, Value.BoolV.TRUE, s.span()), null, false, null,
                new Ir.Block(body, null, NORETURN, s.span()), null, null, NORETURN, s.span());
        return new Ir.Block(List.of(new Ir.VarDecl(op, o, s.span()), new Ir.ExprStmt(w, s.span())), exit, t, s.span());
    }

    /** The prongs, checked against operand {@code o}. */
    private Ir.Expr dispatch(Ast.Switch s, Ir.Expr o, Type expected, boolean discard) {
        Type ot = o.type();
        UnionType union = ot instanceof UnionType u && u.tag() != null ? u : null;
        Type itemType = union != null ? union.tag() : ot;
        Value operandValue = constValue(o);
        boolean okOperand = itemType instanceof Type.Int || itemType instanceof Type.ComptimeInt || itemType instanceof EnumType
                || itemType instanceof Type.Bool || itemType instanceof ErrorSetType || itemType instanceof Type.EnumLiteral
                || itemType instanceof Type.TypeType && operandValue != null;
        if (!okOperand) throw cx.error(s.operand().span(), "switch on type '" + ot.name() + "'");
        List<Ir.Prong> prongs = new ArrayList<>();
        List<Ir.Expr> bodies = new ArrayList<>();
        boolean hasElse = false;
        Set<String> covered = new HashSet<>();
        // the values the non-else prongs name (what an `inline else` leaves to itself)
        List<List<Value>> caseItems = new ArrayList<>();
        List<List<Value[]>> caseRanges = new ArrayList<>();
        List<Boolean> caseUnderscore = new ArrayList<>();
        for (Ast.SwitchCase sc : s.cases()) {
            List<Value> items = new ArrayList<>();
            List<Value[]> ranges = new ArrayList<>();
            boolean underscore = false;
            for (Ast.Expr item : sc.items()) {
                if (item instanceof Ast.Identifier id && id.name().equals("_")) {
                    if (!(itemType instanceof EnumType et && et.isNonExhaustive())) {
                        throw cx.error(item.span(), "'_' prong only allowed when switching on non-exhaustive enums");
                    }
                    underscore = true;
                    continue;
                }
                boolean outerItem = cx.inSwitchItem;
                cx.inSwitchItem = true;
                Value v;
                try {
                    v = cx.exprs.comptimeValue(item, cx.scope, itemType);
                } finally {
                    cx.inSwitchItem = outerItem;
                }
                items.add(v);
                covered.add(coverKey(v));
            }
            for (Ast.Expr[] r : sc.ranges()) {
                ranges.add(new Value[] {cx.exprs.comptimeValue(r[0], cx.scope, itemType), cx.exprs.comptimeValue(r[1], cx.scope, itemType)});
            }
            caseItems.add(items);
            caseRanges.add(ranges);
            caseUnderscore.add(underscore);
            if (sc.isElse() || underscore) hasElse = true;
        }
        for (int k = 0; k < s.cases().size(); k++) {
            Ast.SwitchCase sc = s.cases().get(k);
            boolean elseLike = sc.isElse() || caseUnderscore.get(k);
            if (sc.tagCapture() != null && !sc.isInline()) throw cx.error(sc.tagCapture().span(), "tag capture on non-inline prong");
            if (sc.isInline()) {
                List<Value> values = elseLike ? uncovered(s, itemType, caseItems, caseRanges) : expand(caseItems.get(k), caseRanges.get(k), sc.span());
                for (Value v : values) {
                    if (operandValue != null && !matches(operandValue, List.of(v), List.of())) continue;
                    Ir.Prong p = prong(sc, o, union, itemType, List.of(v), List.of(), false, v, operandValue, expected, null);
                    prongs.add(p);
                    bodies.add(p.body());
                    covered.add(coverKey(v));
                }
                if (elseLike) hasElse = true;
            } else {
                boolean taken = operandValue == null || elseLike && !anyProngMatches(operandValue, caseItems, caseRanges, s)
                        || matches(operandValue, caseItems.get(k), caseRanges.get(k));
                if (!taken) continue;
                Ir.Prong p = prong(sc, o, union, itemType, caseItems.get(k), caseRanges.get(k), elseLike, null, operandValue, expected,
                        union == null ? errorCapture(itemType, elseLike ? uncoveredErrors(s, itemType, caseItems) : caseItems.get(k)) : null);
                prongs.add(p);
                bodies.add(p.body());
            }
            if (operandValue != null && !prongs.isEmpty()) break;
        }
        if (operandValue == null && !hasElse) checkExhaustive(s, itemType, covered, caseItems, caseRanges);
        Type t = discard ? VOID : cx.flow.resultType(bodies, expected, s.span());
        Span peerSite = t == expected ? null : ControlFlow.keyword(s.span(), 6);
        if (operandValue != null) {
            if (prongs.isEmpty()) throw cx.error(s.span(), "switch must handle all possibilities");
            Ir.Prong p = prongs.get(0);
            return p.body().type() instanceof Type.NoReturn ? p.body() : coerceProng(p.body(), t, peerSite);
        }
        cx.flow.requireRuntimeType(t, ControlFlow.keyword(s.span(), 6), Checker.mainSpan(s.operand()));
        List<Ir.Prong> coerced = new ArrayList<>();
        for (Ir.Prong p : prongs) {
            coerced.add(new Ir.Prong(p.items(), p.ranges(), p.isElse(), p.capture(), p.captureByRef(),
                    p.body().type() instanceof Type.NoReturn || discard ? p.body() : coerceProng(p.body(), t, peerSite), p.span()));
        }
        return new Ir.Switch(o, coerced, t, s.span());
    }

    /**
     * One prong checked: its captures bound, its body analysed. {@code inlineValue} is the value an
     * inline prong is checked for (its captures are then known while compiling, a union's payload excepted).
     */
    private Ir.Prong prong(Ast.SwitchCase sc, Ir.Expr o, UnionType union, Type itemType, List<Value> items, List<Value[]> ranges,
                           boolean isElse, Value inlineValue, Value operandValue, Type expected, Type errorCapture) {
        Scope saved = cx.scope;
        cx.scope = cx.scope.child();
        try {
            Ir.Local cap = null;
            boolean byRef = sc.capture() != null && sc.capture().byRef();
            if (sc.capture() != null) {
                Type capType;
                if (union != null && !isElse) {
                    Type payload = null;
                    for (Value v : items) {
                        Type pt = union.fields().get(((Value.EnumV) v).index()).type();
                        if (payload != null && !sameType(payload, pt)) throw cx.error(sc.capture().span(), "capture group with incompatible types");
                        payload = pt;
                    }
                    capType = payload == null ? VOID : payload;
                } else {
                    capType = errorCapture != null && !byRef ? errorCapture : o.type();
                }
                Value known = operandValue != null ? operandValue : union == null ? inlineValue : null;
                if (known != null && !byRef) {
                    Value capVal = known instanceof Value.UnionV uv ? uv.payload() : known;
                    if (!sc.capture().name().equals("_")) cx.scope.bind(sc.capture().name(), new Scope.Comptime(capType, capVal));
                } else {
                    if (byRef) {
                        if (!isPlace(o)) throw cx.error(sc.capture().span(), "pointer capture of a value that is not in memory");
                        markAddressTaken(o);
                        capType = new Type.Pointer(Type.PtrSize.ONE, capType, !isMutablePlace(o));
                    }
                    cap = cx.fn.newLocal(sc.capture().name(), capType, false, false, false, sc.capture().span());
                    if (!sc.capture().name().equals("_")) cx.scope.bind(sc.capture().name(), new Scope.Runtime(cap));
                }
            }
            if (sc.tagCapture() != null && !sc.tagCapture().name().equals("_")) {
                Value tag = inlineValue != null ? inlineValue : operandValue instanceof Value.UnionV uv
                        ? new Value.EnumV(union.tag(), uv.fieldIndex()) : operandValue;
                cx.scope.bind(sc.tagCapture().name(), new Scope.Comptime(itemType, tag));
            }
            if (operandValue == null) cx.runtimeBranches++;
            Ir.Expr body;
            try {
                body = cx.exprs.expr(sc.body(), expected);
            } finally {
                if (operandValue == null) cx.runtimeBranches--;
            }
            return new Ir.Prong(items, ranges, isElse, cap, byRef, body, sc.span());
        } finally {
            cx.scope = saved;
        }
    }

    /**
     * The type of a capture of an error-set operand: the set of the errors its prong names (for
     * {@code else}, the errors no other prong names), as in Zig; null when the set is not known.
     */
    private static Type errorCapture(Type itemType, List<Value> names) {
        if (!(itemType instanceof ErrorSetType es) || es.names() == null || es.isInferred() && !es.resolve() || names == null || names.isEmpty()) return null;
        java.util.LinkedHashSet<String> set = new java.util.LinkedHashSet<>();
        for (Value v : names) {
            if (!(v instanceof Value.ErrorV e)) return null;
            set.add(e.name());
        }
        if (set.equals(es.names())) return itemType;
        return ErrorSetType.of("error{" + String.join(",", set) + "}", set);
    }

    /** The errors of the operand's set that no prong names (null when the set is not known). */
    private List<Value> uncoveredErrors(Ast.Switch s, Type itemType, List<List<Value>> items) {
        if (!(itemType instanceof ErrorSetType es) || es.names() == null || es.isInferred() && !es.resolve()) return null;
        List<Value> out = new ArrayList<>();
        for (String n : es.names()) {
            boolean named = false;
            for (int k = 0; k < items.size(); k++) if (!s.cases().get(k).isElse() && matches(new Value.ErrorV(n), items.get(k), List.of())) named = true;
            if (!named) out.add(new Value.ErrorV(n));
        }
        return out;
    }

    /** The values an {@code inline} prong's items and ranges name. */
    private List<Value> expand(List<Value> items, List<Value[]> ranges, Span at) {
        List<Value> out = new ArrayList<>(items);
        for (Value[] r : ranges) {
            BigInteger lo = intValue(r[0]);
            BigInteger hi = intValue(r[1]);
            if (lo == null || hi == null) throw cx.error(at, "inline prong ranges must be of integers");
            if (hi.subtract(lo).compareTo(BigInteger.valueOf(10_000)) > 0) throw cx.error(at, "inline prong range too large");
            for (BigInteger v = lo; v.compareTo(hi) <= 0; v = v.add(BigInteger.ONE)) out.add(new Value.IntV(v));
        }
        return out;
    }

    /** The values of the operand's type no other prong names (what {@code inline else} stands for). */
    private List<Value> uncovered(Ast.Switch s, Type itemType, List<List<Value>> items, List<List<Value[]>> ranges) {
        List<Value> all = new ArrayList<>();
        switch (itemType) {
            case EnumType et -> {
                for (int i = 0; i < et.fields().size(); i++) all.add(new Value.EnumV(et, i));
            }
            case Type.Bool b -> {
                all.add(Value.BoolV.FALSE);
                all.add(Value.BoolV.TRUE);
            }
            case ErrorSetType es when es.names() != null && (!es.isInferred() || es.resolve()) -> {
                for (String n : es.names()) all.add(new Value.ErrorV(n));
            }
            default -> throw cx.error(s.operand().span(), "cannot enumerate values of type '" + itemType.name() + "' for 'inline else'");
        }
        List<Value> out = new ArrayList<>();
        for (Value v : all) {
            boolean named = false;
            for (int k = 0; k < items.size(); k++) if (matches(v, items.get(k), ranges.get(k))) named = true;
            if (!named) out.add(v);
        }
        return out;
    }

    private boolean anyProngMatches(Value v, List<List<Value>> items, List<List<Value[]>> ranges, Ast.Switch s) {
        for (int k = 0; k < items.size(); k++) {
            if (s.cases().get(k).isElse()) continue;
            if (matches(v, items.get(k), ranges.get(k))) return true;
        }
        return false;
    }

    static boolean matches(Value v, List<Value> items, List<Value[]> ranges) {
        Value key = v instanceof Value.UnionV uv ? new Value.EnumV(uv.type().tag(), uv.fieldIndex()) : v;
        for (Value item : items) {
            if (Boolean.TRUE.equals(Folding.compare(Ir.CmpOp.EQ, key, item)) || item.equals(key)) return true;
            if (key instanceof Value.TypeV kt && item instanceof Value.TypeV it && sameType(kt.type(), it.type())) return true;
        }
        for (Value[] r : ranges) {
            if (Boolean.TRUE.equals(Folding.compare(Ir.CmpOp.GE, key, r[0])) && Boolean.TRUE.equals(Folding.compare(Ir.CmpOp.LE, key, r[1]))) return true;
        }
        return false;
    }

    static String coverKey(Value v) {
        return switch (v) {
            case Value.EnumV e -> "e" + e.index();
            case Value.BoolV b -> "b" + b.value();
            case Value.ErrorV e -> "x" + e.name();
            default -> v.show();
        };
    }

    void checkExhaustive(Ast.Switch s, Type itemType, Set<String> covered, List<List<Value>> items, List<List<Value[]>> ranges) {
        boolean complete = switch (itemType) {
            case EnumType et -> {
                boolean all = !et.isNonExhaustive();
                for (int i = 0; i < et.fields().size(); i++) if (!covered.contains("e" + i)) all = false;
                yield all;
            }
            case Type.Bool b -> covered.contains("btrue") && covered.contains("bfalse");
            case ErrorSetType es -> es.names() != null && (!es.isInferred() || es.resolve()) && es.names().stream().allMatch(n -> covered.contains("x" + n));
            case Type.Int it when it.bits() <= 16 && !it.pointerSized() -> coversAllInts(it, items, ranges);
            default -> false;
        };
        if (!complete && itemType instanceof EnumType et && !et.isNonExhaustive() && et.declaredAt != null) {
            // Zig names each value left out, then the enum
            List<Diagnostic.Note> notes = new ArrayList<>();
            for (int i = 0; i < et.fields().size(); i++) {
                String f = et.fields().get(i);
                Span at = et.fieldNames.get(f);
                if (!covered.contains("e" + i) && at != null) notes.add(note(at, "unhandled enumeration value: '" + f + "'"));
            }
            notes.add(note(et.declaredAt, "enum '" + et.name() + "' declared here"));
            throw cx.error(s.span(), "switch must handle all possibilities", notes.toArray(Diagnostic.Note[]::new));
        }
        if (!complete) throw cx.error(s.span(), "switch must handle all possibilities");
    }

    /** A prong's value coerced to the switch's type: an error is the value's own, or the switch's for a peer type (see ControlFlow.coerceBranch). */
    private Ir.Expr coerceProng(Ir.Expr body, Type t, Span peerSite) {
        boolean number = body.type() instanceof Type.ComptimeInt || body.type() instanceof Type.ComptimeFloat;
        return cx.coercions.coerce(body, t, peerSite != null && number ? peerSite : body.span());
    }

    /** Whether the prongs name every value of a small integer type (as a `switch` on a `u1` or `u8` may). */
    private static boolean coversAllInts(Type.Int it, List<List<Value>> items, List<List<Value[]>> ranges) {
        long lo = it.signed() ? -(1L << (it.bits() - 1)) : 0;
        long hi = it.signed() ? (1L << (it.bits() - 1)) - 1 : (1L << it.bits()) - 1;
        for (long v = lo; v <= hi; v++) {
            Value x = new Value.IntV(BigInteger.valueOf(v));
            boolean named = false;
            for (int k = 0; k < items.size() && !named; k++) named = matches(x, items.get(k), ranges.get(k));
            if (!named) return false;
        }
        return true;
    }
}
