package org.heaplab.lang.check;

import static org.heaplab.lang.check.TypeRules.*;
import static org.heaplab.lang.check.Consts.*;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.Value;
import org.heaplab.source.Span;

/**
 * {@code ++} and {@code **}: on comptime-known arrays and strings (the result is comptime-known,
 * a pointer to it when an operand is a pointer), on tuples (a new tuple of the operands' fields),
 * and {@code ++} of run-time arrays whose lengths are comptime-known (built at run time).
 */
final class ArrayOperators {
    private final Checker cx;

    ArrayOperators(Checker cx) {
        this.cx = cx;
    }

    /** {@code t ++ .{ x }} and {@code t ** 2} on tuples: a new tuple of the operands' fields, in order. */
    private Ir.Expr tupleOp(Ast.Binary b, Ir.Expr l) {
        List<Ir.Expr> parts = new ArrayList<>();
        if (b.op() == Ast.BinOp.REPEAT) {
            java.math.BigInteger times = intValue(cx.exprs.requireComptime(cx.exprs.exprAs(b.right(), USIZE), b.right().span(), null));
            List<Ir.Expr> once = fieldsOf(l, b.left().span());
            int n = (int) checkLength(java.math.BigInteger.valueOf(once.size()).multiply(times), MAX_TUPLE_FIELDS, "a tuple of", b) / Math.max(1, once.size());
            if (once.isEmpty()) n = 0;
            for (int i = 0; i < n; i++) parts.addAll(once);
        } else {
            Ir.Expr r = cx.exprs.expr(b.right(), null);
            if (!(r.type() instanceof StructType rt && rt.isTuple())) throw cx.error(b.opSpan(), "expected tuple, found '" + r.type().name() + "'");
            parts.addAll(fieldsOf(l, b.left().span()));
            parts.addAll(fieldsOf(r, b.right().span()));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) names.add(Integer.toString(i));
        return cx.inits.anonymous(names, parts, false, b.span());
    }

    private List<Ir.Expr> fieldsOf(Ir.Expr tuple, Span span) {
        if (constValue(tuple) == null && !isPlace(tuple)) tuple = cx.exprs.materialize(tuple, span);
        List<Ir.Expr> out = new ArrayList<>();
        int n = ((StructType) tuple.type()).fields().size();
        for (int i = 0; i < n; i++) out.add(cx.exprs.fieldOf(tuple, Integer.toString(i), span, span));
        return out;
    }

    /** The most elements {@code ++} and {@code **} build while compiling (each is a Java object here). */
    static final long MAX_ARRAY_ELEMENTS = 1 << 24;
    static final long MAX_TUPLE_FIELDS = 1 << 16;

    /** The length of the result of {@code ++} or {@code **}, refused past Heap Lab's limit (it would fill the compiler's memory). */
    private long checkLength(java.math.BigInteger length, long max, String what, Ast.Binary b) {
        if (length.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
            throw cx.error(b.opSpan(), "Heap Lab cannot build " + what + " " + length + " elements while compiling (its limit is " + max + ")");
        }
        return length.longValue();
    }

    Ir.Expr arrayOp(Ast.Binary b) {
        Ir.Expr l = cx.exprs.expr(b.left(), null);
        if (l.type() instanceof StructType lt && lt.isTuple()) return tupleOp(b, l);
        if (l.type() instanceof Type.Int || l.type() instanceof Type.Float || l.type() instanceof Type.Bool
                || l.type() instanceof EnumType || l.type() instanceof Type.Optional) {
            String msg = "expected indexable; found '" + l.type().name() + "'";
            if (b.op() == Ast.BinOp.REPEAT) {
                throw cx.error(Checker.mainSpan(b.left()), msg, Checker.note(b.opSpan(), "this operator multiplies arrays; use std.math.pow for exponentiation"));
            }
            throw cx.error(Checker.mainSpan(b.left()), msg);
        }
        if (b.op() == Ast.BinOp.CONCAT && constValue(l) == null && cx.fn != null && !cx.executing) return runtimeConcat(b, l, cx.exprs.expr(b.right(), null));
        Value lv = cx.exprs.requireComptime(l, b.left().span(), null);
        Seq left = sequence(l, lv, b.left().span(), b.opSpan());
        List<Value> out = new ArrayList<>();
        Type elem = left.elem();
        boolean pointer = left.pointer();
        Value sentinel = left.sentinel();
        if (b.op() == Ast.BinOp.REPEAT) {
            Ir.Expr r = cx.exprs.exprAs(b.right(), USIZE);
            BigInteger times = cx.exprs.requireComptimeInt(r, Checker.mainSpan(b.right()), null);
            checkLength(BigInteger.valueOf(left.elems().size()).multiply(times), MAX_ARRAY_ELEMENTS, "an array of", b);
            int n = left.elems().isEmpty() ? 0 : times.intValue();
            for (int i = 0; i < n; i++) out.addAll(left.elems());
        } else {
            Ir.Expr r = cx.exprs.expr(b.right(), null);
            if (constValue(r) == null && cx.fn != null && !cx.executing) return runtimeConcat(b, l, r);
            Value rv = cx.exprs.requireComptime(r, b.right().span(), null);
            Seq right = sequence(r, rv, b.right().span(), b.opSpan());
            if (!sameType(left.elem(), right.elem()) && !(isInt(left.elem()) && isInt(right.elem()))) {
                throw cx.error(b.opSpan(), "expected array of '" + left.elem().name() + "', found '" + r.type().name() + "'");
            }
            checkLength(java.math.BigInteger.valueOf((long) left.elems().size() + right.elems().size()), MAX_ARRAY_ELEMENTS, "an array of", b);
            out.addAll(left.elems());
            out.addAll(right.elems());
            pointer |= right.pointer();
            sentinel = concatSentinel(sentinel, right.sentinel());
        }
        // strings stay strings; a pointer operand makes the result a pointer to the array, as in Zig
        if (elem instanceof Type.Int it && it.bits() == 8 && !it.signed() && (pointer || left.string())) {
            byte[] bytes = new byte[out.size()];
            for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) intValue(out.get(i)).intValue();
            Type at = new Type.Array(bytes.length, U8, sentinel);
            return konst(pointer ? new Type.Pointer(Type.PtrSize.ONE, at, true) : at, new Value.StringV(bytes), b.span());
        }
        Type at = new Type.Array(out.size(), elem, sentinel);
        Value arr = new Value.AggregateV(at, out);
        if (pointer) return konst(new Type.Pointer(Type.PtrSize.ONE, at, true), new Value.RefV(arr, at), b.span());
        return konst(at, arr, b.span());
    }

    /**
     * {@code a ++ b} with a run-time operand whose length is comptime-known (an array, or a pointer
     * to one): the array of both operands' elements made at run time; a pointer to it (in a
     * temporary) when an operand is a pointer, as in Zig.
     */
    private Ir.Expr runtimeConcat(Ast.Binary b, Ir.Expr l, Ir.Expr r) {
        long ln = knownLength(l.type());
        long rn = knownLength(r.type());
        if (ln < 0) cx.exprs.requireComptime(l, b.left().span(), null);
        if (rn < 0) cx.exprs.requireComptime(r, b.right().span(), null);
        Type elem = elementType(l.type());
        Type relem = elementType(r.type());
        if (!sameType(elem, relem) && !(isInt(elem) && isInt(relem))) {
            throw cx.error(b.opSpan(), "expected array of '" + elem.name() + "', found '" + r.type().name() + "'");
        }
        Value sentinel = concatSentinel(sentinelOf(l.type()), sentinelOf(r.type()));
        boolean pointer = l.type() instanceof Type.Pointer || r.type() instanceof Type.Pointer;
        Span span = b.span();
        List<Ir.Node> body = new ArrayList<>();
        List<Ir.Expr> elems = new ArrayList<>();
        for (Ir.Expr operand : List.of(l, r)) {
            long n = operand == l ? ln : rn;
            Ir.Expr src = operand;
            if (constValue(operand) == null) {
                // evaluated once, then indexed
                Ir.Local tmp = cx.fn.newLocal("concat operand", operand.type(), false, false, true, span);
                body.add(new Ir.VarDecl(tmp, operand, span));
                src = new Ir.LocalRef(tmp, span);
            }
            for (long i = 0; i < n; i++) {
                Ir.Expr e = cx.exprs.indexOf(src, konst(USIZE, Value.IntV.of(i), span), span, span);
                elems.add(cx.coercions.coerce(e, elem, span));
            }
        }
        Type.Array at = new Type.Array(elems.size(), elem, sentinel);
        Ir.Expr arr = new Ir.ArrayInit(at, elems, span);
        var label = new Ir.Label(null, false);
        Type result = at;
        if (pointer) {
            Ir.Local res = cx.fn.newLocal("concat", at, true, false, true, span);
            res.addressTaken = true;
            body.add(new Ir.VarDecl(res, arr, span));
            result = new Type.Pointer(Type.PtrSize.ONE, at, true);
            arr = new Ir.AddrOf(new Ir.LocalRef(res, span), result, span);
        }
        label.resultType = result;
        body.add(new Ir.ExprStmt(new Ir.Break(label, arr, span), span));
        return new Ir.Block(body, label, result, span);
    }

    /** The sentinel of {@code a ++ b} (Zig's analyzeArrayCat): the one operand's when the other has none, else both's if equal. */
    private static Value concatSentinel(Value l, Value r) {
        if (l == null) return r;
        if (r == null) return l;
        return l.equals(r) ? l : null;
    }

    private static long knownLength(Type t) {
        if (t instanceof Type.Array a) return a.length();
        if (t instanceof Type.Pointer p && p.size() == Type.PtrSize.ONE && p.child() instanceof Type.Array a) return a.length();
        return -1;
    }

    /** A comptime operand of ++ or **: its elements, their type, and whether it was a pointer (a slice, a string). */
    private record Seq(List<Value> elems, Type elem, boolean pointer, boolean string, Value sentinel) {}

    private Seq sequence(Ir.Expr e, Value v, Span at, Span opSpan) {
        Type t = e.type();
        Type elem = elementType(t);
        if (elem == null) throw cx.error(opSpan, "expected array, found '" + t.name() + "'");
        boolean pointer = t instanceof Type.Pointer;
        Value sentinel = sentinelOf(t);
        return new Seq(cx.comptime.elementsOf(v, t), elem, pointer, v instanceof Value.StringV, sentinel);
    }
}
