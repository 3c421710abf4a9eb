package org.heaplab.lang.check;

import static org.heaplab.lang.check.TypeRules.*;

import java.math.BigInteger;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.Value;
import org.heaplab.source.Span;

/** Comptime-known values of checked expressions, and whether an expression is a place (assignable, addressable). */
final class Consts {
    private Consts() {}

    // ------------------------------------------------------------------ values

    /** The comptime-known value of an expression, or null when it is only known at run time. */
    static Value constValue(Ir.Expr e) {
        if (e instanceof Ir.Const c) return c.value();
        if (e instanceof Ir.LocalRef l && l.local().comptimeValue != null && !l.local().mutable) return l.local().comptimeValue;
        return null;
    }

    static Ir.Const konst(Type t, Value v, Span span) { return new Ir.Const(t, v, span); }

    static BigInteger intValue(Value v) {
        if (v instanceof Value.IntV i) return i.value();
        if (v instanceof Value.BoolV b) return b.value() ? BigInteger.ONE : BigInteger.ZERO;
        if (v instanceof Value.EnumV e) return e.tagValue();
        return null;
    }

    // ------------------------------------------------------------------ places

    /** Whether an IR expression denotes a memory location that can be assigned or addressed. */
    static boolean isPlace(Ir.Expr e) {
        return switch (e) {
            case Ir.LocalRef l -> true;
            case Ir.GlobalRef g -> true;
            case Ir.Deref d -> true;
            case Ir.FieldRef f -> isPlace(f.base()) || f.base().type() instanceof Type.Pointer;
            case Ir.UnionPayload u -> isPlace(u.base());
            case Ir.UnwrapOpt u -> isPlace(u.operand());
            case Ir.ElemRef el -> !(el.base().type() instanceof Type.Array || el.base().type() instanceof Type.Vector) || isPlace(el.base());
            case Ir.SliceField sf -> isPlace(sf.slice());
            default -> false;
        };
    }

    /** Whether a place may be written (not a const local, not behind a const pointer). */
    static boolean isMutablePlace(Ir.Expr e) {
        return switch (e) {
            case Ir.LocalRef l -> l.local().mutable;
            case Ir.GlobalRef g -> g.global().mutable;
            case Ir.Deref d -> d.pointer().type() instanceof Type.Pointer p && !p.isConst();
            case Ir.FieldRef f -> isMutablePlace(f.base());
            case Ir.UnionPayload u -> isMutablePlace(u.base());
            case Ir.UnwrapOpt u -> isMutablePlace(u.operand());
            case Ir.ElemRef el -> el.base().type() instanceof Type.Array || el.base().type() instanceof Type.Vector ? isMutablePlace(el.base())
                    : el.base().type() instanceof Type.Pointer p && !p.isConst();
            case Ir.SliceField sf -> isMutablePlace(sf.slice());
            default -> false;
        };
    }

    /** Marks locals whose address is taken, so they live in stack memory. */
    static void markAddressTaken(Ir.Expr place) {
        switch (place) {
            case Ir.LocalRef l -> l.local().addressTaken = true;
            case Ir.FieldRef f -> markAddressTaken(f.base());
            case Ir.UnionPayload u -> markAddressTaken(u.base());
            case Ir.UnwrapOpt u -> markAddressTaken(u.operand());
            case Ir.SliceField sf -> markAddressTaken(sf.slice());
            case Ir.ElemRef el -> {
                if (el.base().type() instanceof Type.Array || el.base().type() instanceof Type.Vector) markAddressTaken(el.base());
            }
            default -> { }
        }
    }
}
