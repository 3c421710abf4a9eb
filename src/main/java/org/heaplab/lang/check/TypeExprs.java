package org.heaplab.lang.check;

import static org.heaplab.lang.check.Checker.note;
import static org.heaplab.lang.check.TypeRules.*;
import static org.heaplab.lang.check.Consts.*;

import java.util.ArrayList;
import java.util.List;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.ErrorSetType;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.Value;

/** Type expressions: what {@code *const T}, {@code [N]T}, {@code E!T} and {@code fn (...) R} denote. */
final class TypeExprs {
    private final Checker cx;

    TypeExprs(Checker cx) {
        this.cx = cx;
    }

    /** The type an expression denotes. */
    Type typeOf(Ast.Expr e) {
        Ir.Expr r = cx.exprs.expr(e, TYPE);
        Value v = constValue(r);
        if (v instanceof Value.TypeV t) return t.type();
        if (r.type() instanceof Type.TypeType) throw cx.error(e.span(), "unable to resolve comptime value", note(e.span(), "type must be comptime-known"));
        throw cx.error(e.span(), "expected type 'type', found '" + r.type().name() + "'");
    }

    Type resolveType(Ast.Expr e, Scope s) {
        Scope saved = cx.scope;
        boolean savedMode = cx.comptimeMode;
        cx.scope = s;
        cx.comptimeMode = true;
        try {
            return typeOf(e);
        } finally {
            cx.scope = saved;
            cx.comptimeMode = savedMode;
        }
    }

    // ------------------------------------------------------------------ types

    Type pointerType(Ast.PointerType p) {
        Type child = typeOf(p.child());
        Type.PtrSize size = switch (p.size()) {
            case ONE -> Type.PtrSize.ONE;
            case MANY -> Type.PtrSize.MANY;
            case SLICE -> Type.PtrSize.SLICE;
            case C -> Type.PtrSize.C;
        };
        Value sentinel = p.sentinel() != null ? cx.exprs.comptimeValue(p.sentinel(), cx.scope, child) : null;
        int align = 0;
        if (p.align() != null) {
            Value av = cx.exprs.comptimeValue(p.align(), cx.scope, COMPTIME_INT);
            align = intValue(av).intValue();
            if (align == Layout.alignOf(child)) align = 0;
        }
        return new Type.Pointer(size, child, p.isConst(), sentinel, align);
    }

    Type arrayType(Ast.ArrayType a, int inferredLength) {
        long len;
        Type child = typeOf(a.child());
        if (a.length() instanceof Ast.Identifier id && id.name().equals("_")) {
            if (inferredLength < 0) throw cx.error(a.length().span(), "unable to infer array size");
            len = inferredLength;
        } else {
            // the length is evaluated at compile time, calls included (`[fib(5)]u8`)
            boolean savedMode = cx.comptimeMode;
            cx.comptimeMode = true;
            Ir.Expr l;
            try {
                l = cx.exprs.exprAs(a.length(), USIZE);
            } finally {
                cx.comptimeMode = savedMode;
            }
            java.math.BigInteger n = cx.exprs.requireComptimeInt(l, Checker.mainSpan(a.length()), "array length must be comptime-known");
            // the lab's addresses are 64-bit signed: an array past 2^62 bytes has no place in its memory
            boolean sized = child instanceof Type.Int || child instanceof Type.Float || child instanceof Type.Bool
                    || child instanceof Type.Pointer || child instanceof Type.Array;
            java.math.BigInteger bytes = sized ? n.multiply(java.math.BigInteger.valueOf(Math.max(1, Layout.sizeOf(child)))) : n;
            if (bytes.bitLength() > 62) {
                throw cx.error(Checker.mainSpan(a.length()), "Heap Lab cannot represent an array of " + n + " elements of '" + child.name()
                        + "': it would take more than 2^62 bytes");
            }
            len = n.longValue();
        }
        Value sentinel = a.sentinel() != null ? cx.exprs.comptimeValue(a.sentinel(), cx.scope, child) : null;
        return new Type.Array(len, child, sentinel);
    }

    Type errorUnionType(Ast.ErrorUnionType eu) {
        Type es = typeOf(eu.errorSet());
        if (!(es instanceof ErrorSetType set)) throw cx.error(eu.errorSet().span(), "expected error set type, found '" + es.name() + "'");
        return new Type.ErrorUnion(set, typeOf(eu.payload()));
    }

    Type.Fn fnType(List<Ast.Param> params, Ast.Expr ret, boolean inferred) {
        List<Type> ps = new ArrayList<>();
        for (Ast.Param p : params) ps.add(p.isAnytype() ? new Type.AnyType() : typeOf(p.type()));
        Type r = typeOf(ret);
        if (inferred) r = new Type.ErrorUnion(ErrorSetType.ANYERROR, r);
        return new Type.Fn(ps, r);
    }
}
