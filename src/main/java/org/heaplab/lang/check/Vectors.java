package org.heaplab.lang.check;

import static org.heaplab.lang.check.Checker.note;
import static org.heaplab.lang.check.TypeRules.*;
import static org.heaplab.lang.check.Consts.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.Packed;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.Value;
import org.heaplab.source.Span;

/**
 * Vectors ({@code @Vector(N, T)}) in the checker.
 *
 * <p>Design: a vector operation is checked element by element. Each vector operand is bound
 * once to a hidden local (a copy, so an operation assigned back to its own operand reads the
 * old elements, as Zig's vector values do), and the operation becomes a vector initializer of
 * N scalar operations on the operands' elements, each checked by the scalar path: folding,
 * Zig's compile errors and its run-time checks (an overflow panics at the operator, for the
 * first element that overflows) are the scalar ones. The scalar path is given an element in
 * place of an operand's syntax through {@link Checker#prechecked}. The runtime so needs only
 * the vector's memory and its initializer: an array of the elements, or, for bools and
 * integers whose bit size is not their byte size, bit fields of one integer
 * ({@link Layout#isBitPackedVector}), which is how Zig lays vectors out in memory.
 */
final class Vectors {
    /** Operations are unrolled, one scalar operation per element: a bound keeps the program's size sane. */
    static final long MAX_ELEMENTS = 1024;

    private final Checker cx;

    Vectors(Checker cx) {
        this.cx = cx;
    }

    // ------------------------------------------------------------------ the type

    /** {@code @Vector(len, T)}. */
    Ir.Expr vectorType(Ast.BuiltinCall b) {
        Builtins.arity(cx, b, 2);
        Ir.Const n = cx.exprs.comptimeExpr(b.args().get(0), new Type.Int(32, false));
        Type child = cx.types.typeOf(b.args().get(1));
        if (!(n.value() instanceof Value.IntV iv)) throw cx.error(b.args().get(0).span(), "use of undefined value here causes illegal behavior");
        long len = iv.value().longValue();
        return konst(TYPE, new Value.TypeV(make(len, child, b.args().get(1).span())), b.span());
    }

    /** The vector type, with Zig's error for an element type vectors cannot hold. */
    Type.Vector make(long len, Type child, Span childSpan) {
        boolean ok = child instanceof Type.Int || child instanceof Type.Float || child instanceof Type.Bool
                || child instanceof Type.Pointer p && !p.isSlice();
        if (!ok) {
            String msg = "expected integer, float, bool, or pointer for the vector element type; found '" + child.name() + "'";
            if (child instanceof StructType || child instanceof org.heaplab.lang.types.EnumType) {
                throw cx.error(childSpan, msg, cx.exprs.declaredHere(child));
            }
            throw cx.error(childSpan, msg);
        }
        return new Type.Vector(len, child);
    }

    /**
     * The elements of a bit-packed vector are bit fields of one register-sized integer: wider
     * ones (@Vector(100, bool)) have a size, a name and a layout, but no elements here yet.
     */
    void requireElements(Type t, Span span) {
        if (t instanceof Type.Vector v && Layout.isBitPackedVector(v) && Packed.bitSize(v) > 64) {
            throw cx.error(span, "Heap Lab does not support the elements of '" + v.name() + "' yet (bit-packed vectors wider than 64 bits)");
        }
    }

    // ------------------------------------------------------------------ values

    /** A vector of these elements (coerced to its element type): comptime-known when every element is. */
    Ir.Expr build(Type.Vector vt, List<Ir.Expr> elems, Span span) {
        requireElements(vt, span);
        List<Ir.Expr> cs = new ArrayList<>();
        for (Ir.Expr e : elems) cs.add(cx.coercions.coerce(e, vt.child(), e.span()));
        return cx.inits.aggregate(vt, cs, span, () -> new Ir.VectorInit(vt, cs, span));
    }

    /** {@code .{ a, b, c }} where a vector is expected. */
    Ir.Expr literal(Ast.Init in, Type.Vector vt) {
        if (!in.fields().isEmpty()) throw cx.error(in.span(), "initializing a vector requires positional values");
        if (in.elements().size() != vt.length()) {
            throw cx.error(Initializers.initBraceSpan(in), "expected " + vt.length() + " vector elements; found " + in.elements().size());
        }
        List<Ir.Expr> es = new ArrayList<>();
        for (Ast.Expr e : in.elements()) es.add(cx.exprs.exprAs(e, vt.child()));
        return build(vt, es, in.span());
    }

    /** Coercion to a vector (from a vector, array or tuple of its length) and from a vector to an array; null when none applies. */
    Ir.Expr coerce(Ir.Expr e, Type target, Span span) {
        Type from = e.type();
        long n = lengthOf(from);
        if (target instanceof Type.Vector tv) {
            if (n != tv.length() || from instanceof StructType st && !st.isTuple()) return null;
            if (from instanceof Type.Vector fv && !coercible(fv.child(), tv.child())) return null;
            if (from instanceof Type.Array fa && !sameType(fa.child(), tv.child())) return null;
            return map(List.of(e), n, tv.child(), (es, i) -> cx.coercions.coerce(es.get(0), tv.child(), span), e.span());
        }
        if (target instanceof Type.Array ta && from instanceof Type.Vector fv && n == ta.length() && ta.sentinel() == null
                && sameType(fv.child(), ta.child())) {
            List<Ir.Expr> operands = List.of(e);
            Bound b = bind(operands);
            List<Ir.Expr> elems = new ArrayList<>();
            for (int i = 0; i < n; i++) elems.add(element(b.refs().get(0), i, e.span()));
            return wrap(b, cx.inits.aggregate(ta, elems, e.span(), () -> new Ir.ArrayInit(ta, elems, e.span())), e.span());
        }
        return null;
    }

    /** Integer widening and float widening element by element; anything else must match. */
    private static boolean coercible(Type from, Type to) {
        if (sameType(from, to)) return true;
        if (from instanceof Type.Int fi && to instanceof Type.Int ti) return intFitsIn(fi, ti);
        return from instanceof Type.Float ff && to instanceof Type.Float tf && tf.bits() >= ff.bits();
    }

    /** The element count of a vector, array or tuple; -1 for anything else. */
    static long lengthOf(Type t) {
        if (t instanceof Type.Vector v) return v.length();
        if (t instanceof Type.Array a) return a.length();
        if (t instanceof StructType st && st.isTuple()) return st.fields().size();
        return -1;
    }

    // ------------------------------------------------------------------ element by element

    /** Operands bound once: the declarations that bind them, and what reads them. */
    private record Bound(List<Ir.Node> prelude, List<Ir.Expr> refs) {}

    private Bound bind(List<Ir.Expr> operands) {
        List<Ir.Node> prelude = new ArrayList<>();
        List<Ir.Expr> refs = new ArrayList<>();
        for (Ir.Expr o : operands) {
            if (o == null || constValue(o) != null || o instanceof Ir.LocalRef lr && !lr.local().mutable) {
                refs.add(o);
                continue;
            }
            if (cx.fn == null) throw cx.error(o.span(), "unable to resolve comptime value");
            Ir.Local tmp = cx.fn.newLocal("vector operand", o.type(), false, false, true, o.span());
            prelude.add(new Ir.VarDecl(tmp, o, o.span()));
            refs.add(new Ir.LocalRef(tmp, o.span()));
        }
        return new Bound(prelude, refs);
    }

    private Ir.Expr element(Ir.Expr base, long i, Span span) {
        if (constValue(base) instanceof Value.UndefV) return konst(elementOf(base.type()), Value.UndefV.INSTANCE, span);
        return cx.exprs.indexOf(base, konst(USIZE, Value.IntV.of(i), span), span, span);
    }

    private static Type elementOf(Type t) {
        if (t instanceof StructType st) return st.fields().get(0).type();
        Type e = elementType(t);
        return e != null ? e : UNDEFINED;
    }

    /** The bound operands' declarations, then the result. */
    private static Ir.Expr wrap(Bound b, Ir.Expr result, Span span) {
        if (b.prelude().isEmpty()) return result;
        var label = new Ir.Label(null, false);
        label.resultType = result.type();
        List<Ir.Node> body = new ArrayList<>(b.prelude());
        body.add(new Ir.ExprStmt(new Ir.Break(label, result, span), span));
        return new Ir.Block(body, label, result.type(), span);
    }

    interface PerElement {
        Ir.Expr at(List<Ir.Expr> elements, int index);
    }

    /**
     * A vector of {@code n} elements, element i being {@code op} of the operands' elements i (a
     * scalar operand, marked by a negative length, is passed whole); its element type is
     * {@code child}, or the first element's type when null.
     */
    Ir.Expr map(List<Ir.Expr> operands, long n, Type child, PerElement op, Span span) {
        if (n > MAX_ELEMENTS) throw cx.error(span, "Heap Lab does not support operations on vectors of more than " + MAX_ELEMENTS + " elements");
        Bound b = bind(operands);
        List<Ir.Expr> elems = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Ir.Expr> es = new ArrayList<>();
            for (Ir.Expr r : b.refs()) es.add(r == null ? null : lengthOf(r.type()) < 0 ? r : element(r, i, span));
            elems.add(op.at(es, i));
        }
        Type c = child;
        if (c == null) {
            // the elements' peer type: @min of comptime-known vectors narrows each element to its own range
            c = elems.isEmpty() ? elementOf(operands.get(0).type()) : cx.coercions.peerType(elems, span);
            if (c instanceof Type.ComptimeInt || c instanceof Type.ComptimeFloat) c = elementOf(operands.get(0).type());
        }
        return wrap(b, build(new Type.Vector(n, c), elems, span), span);
    }

    /** Runs a check with syntax nodes standing for already-checked expressions. */
    <T> T withPrechecked(List<Ast.Expr> nodes, List<Ir.Expr> values, Supplier<T> check) {
        List<Ir.Expr> saved = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) saved.add(cx.prechecked.put(nodes.get(i), values.get(i)));
        try {
            return check.get();
        } finally {
            for (int i = 0; i < nodes.size(); i++) {
                if (saved.get(i) != null) cx.prechecked.put(nodes.get(i), saved.get(i));
                else cx.prechecked.remove(nodes.get(i));
            }
        }
    }

    // ------------------------------------------------------------------ operators

    /**
     * The operands of a binary operation with a vector on one side, made two vectors of one
     * length (an array takes the other side's type, as Zig's checkVectorizableBinaryOperands
     * counts arrays as vectors), with Zig's errors otherwise: a tuple is a scalar there.
     */
    private List<Ir.Expr> shaped(Ir.Expr l, Ir.Expr r, Ast.Expr ln, Ast.Expr rn, Span at) {
        if (l.type() instanceof Type.Array la && r.type() instanceof Type.Vector rv && la.length() == rv.length()) {
            l = cx.coercions.coerce(l, new Type.Vector(rv.length(), la.child()), ln.span());
        }
        if (r.type() instanceof Type.Array ra && l.type() instanceof Type.Vector lv && ra.length() == lv.length()) {
            r = cx.coercions.coerce(r, new Type.Vector(lv.length(), ra.child()), rn.span());
        }
        if (!(l.type() instanceof Type.Vector) || !(r.type() instanceof Type.Vector)) {
            boolean leftVector = l.type() instanceof Type.Vector;
            if (!((leftVector ? r.type() : l.type()) instanceof Type.Array)) {
                throw cx.error(at, "mixed scalar and vector operands: '" + l.type().name() + "' and '" + r.type().name() + "'",
                        note(Checker.mainSpan(ln), leftVector ? "vector here" : "scalar here"),
                        note(Checker.mainSpan(rn), leftVector ? "scalar here" : "vector here"));
            }
        }
        long a = lengthOf(l.type());
        long b = lengthOf(r.type());
        if (a != b) {
            throw cx.error(at, "vector length mismatch", note(Checker.mainSpan(ln), "length " + a + " here"),
                    note(Checker.mainSpan(rn), "length " + b + " here"));
        }
        Type lc = ((Type.Vector) l.type()).child();
        Type rc = ((Type.Vector) r.type()).child();
        if (!sameType(lc, rc) && cx.coercions.peer2(lc, rc, null) == null) {
            // peer types of vectors go element type by element type; Zig names the vectors
            throw cx.error(at, "incompatible types: '" + l.type().name() + "' and '" + r.type().name() + "'",
                    note(Checker.mainSpan(ln), "type '" + l.type().name() + "' here"), note(Checker.mainSpan(rn), "type '" + r.type().name() + "' here"));
        }
        return List.of(l, r);
    }

    /** Arithmetic and comparison with a vector operand. */
    Ir.Expr binary(Ast.Binary b, Ir.Expr l, Ir.Expr r) {
        List<Ir.Expr> ops = shaped(l, r, b.left(), b.right(), b.opSpan());
        long n = lengthOf(ops.get(0).type());
        if (b.op().isComparison()) {
            return map(ops, n, BOOL, (es, i) -> cx.ops.compare(b, es.get(0), es.get(1)), b.span());
        }
        Type lc = ((Type.Vector) ops.get(0).type()).child();
        boolean bitwise = b.op() == Ast.BinOp.BIT_AND || b.op() == Ast.BinOp.BIT_OR || b.op() == Ast.BinOp.BIT_XOR;
        if (bitwise && !(lc instanceof Type.Int) || !bitwise && !isNumeric(lc)) {
            // Zig names the operands' kind, which is vector for both
            throw cx.error(b.opSpan(), "invalid operands to binary " + (bitwise ? "bitwise " : "") + "expression: 'vector' and 'vector'");
        }
        knownOverflow(b, ops.get(0), ops.get(1));
        if (b.op() == Ast.BinOp.MOD && (lc instanceof Type.Int mi && mi.signed() || lc instanceof Type.Float)) {
            // Zig blames the operand that is run-time known or has a negative element, the left one first
            boolean leftOk = nonNegative(ops.get(0));
            boolean rightOk = nonNegative(ops.get(1));
            if (!leftOk || !rightOk) {
                throw cx.error(Checker.mainSpan(!leftOk ? b.left() : b.right()), "remainder division with '" + ops.get(0).type().name()
                        + "' and '" + ops.get(1).type().name() + "': signed integers and floats must use @rem or @mod");
            }
        }
        if ((b.op() == Ast.BinOp.DIV || b.op() == Ast.BinOp.MOD) && lc instanceof Type.Int li && li.signed()) {
            // Zig lets / divide signed vectors (truncating), and % those known to be non-negative
            Ir.BinOp op = b.op() == Ast.BinOp.DIV ? Ir.BinOp.DIV_TRUNC : Ir.BinOp.REM;
            return map(ops, n, null, (es, i) -> {
                Type t = cx.coercions.peerType(es, b.opSpan());
                return cx.ops.fold(op, cx.coercions.coerce(es.get(0), t, b.left().span()), cx.coercions.coerce(es.get(1), t, b.right().span()),
                        t, b.opSpan(), b.span());
            }, b.span());
        }
        return map(ops, n, null, (es, i) -> cx.ops.arithmetic(b, b.op(), es.get(0), es.get(1)), b.span());
    }

    private static boolean nonNegative(Ir.Expr v) {
        if (!(constValue(v) instanceof Value.AggregateV a)) return false;
        for (Value e : a.elements()) {
            if (!(e instanceof Value.IntV i) || i.value().signum() < 0) return false;
        }
        return true;
    }

    /**
     * Comptime-known integer vectors whose sum, difference or product overflows: Zig names the
     * whole vector's exact values and the first element that does not fit.
     */
    private void knownOverflow(Ast.Binary b, Ir.Expr l, Ir.Expr r) {
        if (!(l.type() instanceof Type.Vector lv) || !(lv.child() instanceof Type.Int it) || !sameType(l.type(), r.type())) return;
        if (!(constValue(l) instanceof Value.AggregateV a) || !(constValue(r) instanceof Value.AggregateV c)) return;
        List<java.math.BigInteger> exact = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < lv.length(); i++) {
            if (!(a.elements().get(i) instanceof Value.IntV x) || !(c.elements().get(i) instanceof Value.IntV y)) return;
            java.math.BigInteger v = switch (b.op()) {
                case ADD -> x.value().add(y.value());
                case SUB -> x.value().subtract(y.value());
                case MUL -> x.value().multiply(y.value());
                default -> null;
            };
            if (v == null) return;
            if (first < 0 && !it.fits(v)) first = i;
            exact.add(v);
        }
        if (first < 0) return;
        StringBuilder sb = new StringBuilder(".{ ");
        for (int i = 0; i < exact.size(); i++) sb.append(i > 0 ? ", " : "").append(exact.get(i));
        throw cx.error(b.opSpan(), "overflow of vector type '" + lv.name() + "' with value '" + sb.append(" }") + "'",
                note(b.opSpan(), "when computing vector element at index '" + first + "'"));
    }

    /** {@code v << s}, {@code v >> s}, {@code v <<| s} on a vector: the amounts are a vector of the element's shift type. */
    Ir.Expr shift(Ast.Binary b, Ir.Expr l) {
        Type.Vector lv = (Type.Vector) l.type();
        Ir.Expr r = cx.exprs.expr(b.right(), shiftAmounts(lv));
        List<Ir.Expr> ops = shaped(l, r, b.left(), b.right(), b.opSpan());
        return map(ops, lv.length(), null,
                (es, i) -> withPrechecked(List.of(b.right()), List.of(es.get(1)), () -> cx.ops.shift(b, es.get(0))), b.span());
    }

    /** The type a shift's amounts take as their result type: a vector of the element type's Log2Int; null for non-integers. */
    private static Type shiftAmounts(Type.Vector v) {
        if (!(v.child() instanceof Type.Int it)) return null;
        return new Type.Vector(v.length(), TypeRules.log2Int(it));
    }

    /**
     * A unary operator: its operand checked once, then {@code -v}, {@code -%v}, {@code ~v} on a
     * vector element by element, anything else by the scalar path (Zig's {@code !} takes a bool
     * only, not a vector of them).
     */
    Ir.Expr unary(Ast.Unary u, Type expected) {
        if (u.op() == Ast.UnaryOp.ADDRESS_OF) return cx.ops.unary(u, expected);
        Ir.Expr o = cx.exprs.expr(u.operand(), u.op() == Ast.UnaryOp.NOT ? BOOL : expected);
        if (!(o.type() instanceof Type.Vector vt) || u.op() == Ast.UnaryOp.NOT) {
            return withPrechecked(List.of(u.operand()), List.of(o), () -> cx.ops.unary(u, expected));
        }
        Type childExpected = expected instanceof Type.Vector ev ? ev.child() : null;
        return map(List.of(o), vt.length(), null,
                (es, i) -> withPrechecked(List.of(u.operand()), es, () -> cx.ops.unary(u, childExpected)), u.span());
    }

    /** {@code v op= w} on a vector: {@code v = v op w}. */
    Ir.Expr compound(Ast.Assign a, Ir.Expr target) {
        return new Ir.Assign(target, compoundValue(a, target), a.span());
    }

    /** The new value of {@code v op= w}: {@code v op w}, of v's type. */
    Ir.Expr compoundValue(Ast.Assign a, Ir.Expr current) {
        var bin = new Ast.Binary(a.op(), a.target(), a.value(), a.opSpan(), a.span());
        // the right side takes the target's type as its result type (v += @splat(1), v *= .{ 1, 2 })
        boolean shift = a.op() == Ast.BinOp.SHL || a.op() == Ast.BinOp.SHR || a.op() == Ast.BinOp.SHL_SAT;
        Ir.Expr r = cx.exprs.expr(a.value(), shift ? shiftAmounts((Type.Vector) current.type()) : current.type());
        if (!shift) r = cx.coercions.coerce(r, current.type(), a.value().span());
        final Ir.Expr rhs = r;
        Ir.Expr value = withPrechecked(List.of(a.target(), a.value()), List.of(current, rhs), () -> cx.ops.binary(bin, null));
        return cx.coercions.coerce(value, current.type(), a.opSpan());
    }

    // ------------------------------------------------------------------ builtins

    /**
     * A builtin that works element by element on vectors ({@code @min}, {@code @sqrt},
     * {@code @divTrunc} ...): its operands (from argument {@code from} on) are checked once with
     * {@code hint}; with a vector among them, the scalar form is checked per element, else once.
     */
    Ir.Expr elementWise(Ast.BuiltinCall b, Type expected, Type hint, int from, Function<Type, Ir.Expr> scalar) {
        List<Ast.Expr> nodes = b.args().subList(Math.min(from, b.args().size()), b.args().size());
        List<Ir.Expr> ops = new ArrayList<>();
        for (Ast.Expr a : nodes) ops.add(cx.exprs.expr(a, hint));
        Type.Vector shape = null;
        int shapeAt = -1;
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i).type() instanceof Type.Vector v) {
                if (shape == null) {
                    shape = v;
                    shapeAt = i;
                } else if (v.length() != shape.length()) {
                    throw cx.error(b.span(), "vector length mismatch", note(nodes.get(shapeAt).span(), "length " + shape.length() + " here"),
                            note(nodes.get(i).span(), "length " + v.length() + " here"));
                }
            }
        }
        if (shape == null) return withPrechecked(nodes, ops, () -> scalar.apply(expected));
        for (int i = 0; i < ops.size(); i++) {
            Ir.Expr o = ops.get(i);
            if (o.type() instanceof Type.Vector) continue;
            if (lengthOf(o.type()) != shape.length()) {
                throw cx.error(b.span(), "mixed scalar and vector operands: '" + shape.name() + "' and '" + o.type().name() + "'",
                        note(nodes.get(shapeAt).span(), "vector here"), note(nodes.get(i).span(), "scalar here"));
            }
            ops.set(i, cx.coercions.coerce(o, shape, nodes.get(i).span()));
        }
        Type childExpected = expected instanceof Type.Vector ev ? ev.child() : null;
        return map(ops, shape.length(), null, (es, i) -> withPrechecked(nodes, es, () -> scalar.apply(childExpected)), b.span());
    }

    /** A cast builtin whose result type is a vector ({@code @intCast}, {@code @floatFromInt} ...): element by element. */
    Ir.Expr cast(Ast.BuiltinCall b, Type expected, Function<Type, Ir.Expr> scalar) {
        if (!(expected instanceof Type.Vector ev) || b.args().size() != 1) return scalar.apply(expected);
        Ast.Expr arg = b.args().get(0);
        Ir.Expr o = cx.exprs.expr(arg, null);
        if (!(o.type() instanceof Type.Vector ov)) {
            throw cx.error(arg.span(), "expected vector type, found '" + o.type().name() + "'");
        }
        if (ov.length() != ev.length()) {
            throw cx.error(b.span(), "vector length mismatch", note(b.span(), "length " + ev.length() + " here"),
                    note(arg.span(), "length " + ov.length() + " here"));
        }
        return map(List.of(o), ev.length(), ev.child(), (es, i) -> withPrechecked(List.of(arg), es, () -> scalar.apply(ev.child())), b.span());
    }

    /** {@code @splat(x)}: a vector (or array) of the result type with every element x. */
    Ir.Expr splat(Ast.BuiltinCall b, Type expected) {
        Builtins.arity(cx, b, 1);
        if (expected instanceof Type.ErrorUnion eu) expected = eu.payload();
        if (expected instanceof Type.Optional o) expected = o.child();
        if (!(expected instanceof Type.Vector vt)) return null;
        Ir.Expr v = cx.exprs.exprAs(b.args().get(0), vt.child());
        return map(List.of(v), vt.length(), vt.child(), (es, i) -> es.get(0), b.span());
    }

    /** {@code @reduce(.Op, v)}: the elements combined from the first on; .Add and .Mul wrap on integers, as Zig's do. */
    Ir.Expr reduce(Ast.BuiltinCall b) {
        Builtins.arity(cx, b, 2);
        String op = enumName(b.args().get(0));
        Ir.Expr v = cx.exprs.expr(b.args().get(1), null);
        if (!(v.type() instanceof Type.Vector vt)) {
            throw cx.error(b.args().get(1).span(), "expected vector, found '" + v.type().name() + "'");
        }
        Type t = vt.child();
        boolean bits = op.equals("And") || op.equals("Or") || op.equals("Xor");
        if (bits && !(t instanceof Type.Int || t instanceof Type.Bool)) {
            throw cx.error(b.args().get(0).span(), "reduce operation '." + op + "' requires integer or boolean operand; found '" + vt.name() + "'");
        }
        if (!bits && !(t instanceof Type.Int || t instanceof Type.Float)) {
            throw cx.error(b.args().get(0).span(), "reduce operation '." + op + "' requires integer or float operand; found '" + vt.name() + "'");
        }
        if (vt.length() == 0) throw cx.error(b.span(), "@reduce operation requires a vector with nonzero length");
        if (vt.length() > MAX_ELEMENTS) throw cx.error(b.span(), "Heap Lab does not support operations on vectors of more than " + MAX_ELEMENTS + " elements");
        Bound bound = bind(List.of(v));
        Ir.Expr base = bound.refs().get(0);
        Span span = b.span();
        Ir.Expr acc = element(base, 0, span);
        for (int i = 1; i < vt.length(); i++) {
            Ir.Expr x = element(base, i, span);
            if (t instanceof Type.Bool) {
                acc = boolOp(op, acc, x, span);
                continue;
            }
            Ir.BinOp bop = switch (op) {
                case "And" -> Ir.BinOp.BIT_AND;
                case "Or" -> Ir.BinOp.BIT_OR;
                case "Xor" -> Ir.BinOp.BIT_XOR;
                case "Min" -> Ir.BinOp.MIN;
                case "Max" -> Ir.BinOp.MAX;
                case "Add" -> t instanceof Type.Int ? Ir.BinOp.ADD_WRAP : Ir.BinOp.ADD;
                default -> t instanceof Type.Int ? Ir.BinOp.MUL_WRAP : Ir.BinOp.MUL;
            };
            acc = cx.ops.fold(bop, acc, x, t, span, span);
        }
        return wrap(bound, acc, span);
    }

    private static Ir.Expr boolOp(String op, Ir.Expr a, Ir.Expr b, Span span) {
        if (constValue(a) instanceof Value.BoolV x && constValue(b) instanceof Value.BoolV y) {
            boolean r = switch (op) {
                case "And" -> x.value() && y.value();
                case "Or" -> x.value() || y.value();
                default -> x.value() != y.value();
            };
            return konst(BOOL, Value.BoolV.of(r), span);
        }
        return switch (op) {
            case "And" -> new Ir.Logic(true, a, b, BOOL, span);
            case "Or" -> new Ir.Logic(false, a, b, BOOL, span);
            default -> new Ir.Cmp(Ir.CmpOp.NE, a, b, BOOL, span);
        };
    }

    private static final List<String> REDUCE_OPS = List.of("And", "Or", "Xor", "Min", "Max", "Add", "Mul");

    private String enumName(Ast.Expr e) {
        String name;
        if (e instanceof Ast.EnumLit l) {
            name = l.name();
        } else {
            Value v = cx.exprs.comptimeValue(e, cx.scope, null);
            name = v instanceof Value.EnumLitV l ? l.name() : v instanceof Value.EnumV ev ? ev.type().fieldName(ev.index()) : null;
        }
        if (name == null || !REDUCE_OPS.contains(name)) {
            throw cx.error(e.span(), name == null ? "expected enum literal" : "enum 'builtin.ReduceOp' has no member named '" + name + "'");
        }
        return name;
    }

    /** {@code @select(T, pred, a, b)}: a's element where pred's is true, else b's. */
    Ir.Expr select(Ast.BuiltinCall b) {
        Builtins.arity(cx, b, 4);
        Type t = cx.types.typeOf(b.args().get(0));
        Ir.Expr pred = cx.exprs.expr(b.args().get(1), null);
        if (!(pred.type() instanceof Type.Vector pv) || !(pv.child() instanceof Type.Bool)) {
            throw cx.error(b.args().get(1).span(), "expected vector of 'bool', found '" + pred.type().name() + "'");
        }
        Type.Vector vt = make(pv.length(), t, b.args().get(0).span());
        Ir.Expr x = cx.exprs.exprAs(b.args().get(2), vt);
        Ir.Expr y = cx.exprs.exprAs(b.args().get(3), vt);
        return map(List.of(pred, x, y), vt.length(), t, (es, i) -> {
            if (constValue(es.get(0)) instanceof Value.BoolV c) return c.value() ? es.get(1) : es.get(2);
            return new Ir.IfElse(es.get(0), es.get(1), es.get(2), t, b.span());
        }, b.span());
    }

    /**
     * {@code @shuffle(T, a, b, mask)}: element i is a's element mask[i] when that is not negative,
     * else b's element ~mask[i]; the mask is comptime-known.
     */
    Ir.Expr shuffle(Ast.BuiltinCall b) {
        Builtins.arity(cx, b, 4);
        Type t = cx.types.typeOf(b.args().get(0));
        Ir.Expr a = cx.exprs.expr(b.args().get(1), null);
        Ir.Expr c = cx.exprs.expr(b.args().get(2), null);
        Ir.Expr maskExpr = cx.exprs.expr(b.args().get(3), null);
        long maskLen = lengthOf(maskExpr.type());
        if (maskLen < 0) throw cx.error(b.args().get(3).span(), "expected vector or array, found '" + maskExpr.type().name() + "'");
        Type.Vector maskType = new Type.Vector(maskLen, new Type.Int(32, true));
        Value mask = cx.exprs.requireComptime(cx.coercions.coerce(maskExpr, maskType, b.args().get(3).span()), b.args().get(3).span(),
                "shuffle mask must be comptime-known");
        long aLen = lengthOf(a.type());
        long cLen = lengthOf(c.type());
        if (aLen < 0 && cLen < 0) aLen = cLen = maskLen;
        else if (aLen < 0) aLen = cLen;
        else if (cLen < 0) cLen = aLen;
        Type.Vector resultType = make(maskLen, t, b.args().get(0).span());
        a = cx.coercions.coerce(a, new Type.Vector(aLen, t), b.args().get(1).span());
        c = cx.coercions.coerce(c, new Type.Vector(cLen, t), b.args().get(2).span());
        List<Value> picks = mask instanceof Value.AggregateV av ? av.elements() : null;
        return shuffled(resultType, a, c, picks, aLen, cLen, b);
    }

    private Ir.Expr shuffled(Type.Vector rt, Ir.Expr a, Ir.Expr c, List<Value> picks, long aLen, long cLen, Ast.BuiltinCall b) {
        Bound bound = bind(List.of(a, c));
        List<Ir.Expr> elems = new ArrayList<>();
        Span span = b.span();
        for (int i = 0; i < rt.length(); i++) {
            Value p = picks == null ? Value.UndefV.INSTANCE : picks.get(i);
            if (!(p instanceof Value.IntV iv)) {
                elems.add(konst(rt.child(), Value.UndefV.INSTANCE, span));
                continue;
            }
            long m = iv.value().longValue();
            boolean first = m >= 0;
            long k = first ? m : ~m;
            long len = first ? aLen : cLen;
            if (k >= len) {
                throw cx.error(b.args().get(3).span(), "mask index '" + i + "' has out-of-bounds selection",
                        note(b.args().get(first ? 1 : 2).span(), "selected index '" + k + "' out of bounds of '" + new Type.Vector(len, rt.child()).name() + "'"),
                        note(b.args().get(3).span(), first ? "selections from the first vector are specified with positive numbers"
                                : "selections from the second vector are specified with negative numbers"));
            }
            elems.add(element(bound.refs().get(first ? 0 : 1), k, span));
        }
        return wrap(bound, build(rt, elems, span), span);
    }
}
