package org.heaplab.runtime;

import java.math.BigInteger;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.ErrorSetType;
import org.heaplab.lang.ir.FormatSpec;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.Packed;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.UnionType;
import org.heaplab.lang.types.Value;
import org.heaplab.runtime.code.Operand;

/**
 * {@code std.testing.expectEqual}: compares two values with Zig's rule for their kind (numbers
 * by value, slices by pointer and length, structs field by field) and returns Zig's message
 * for the first difference, or null when they are equal.
 */
final class ExpectEqual {
    private final Machine m;

    ExpectEqual(Machine m) {
        this.m = m;
    }

    String compare(Type te, long ea, Value ce, Type ta, long aa, Value ca) {
        Type t = ce != null && !(ta instanceof Type.ComptimeInt) ? ta : te;
        if (ca != null && ce == null) t = te;
        return compareAt(t, te, ea, ce, ta, aa, ca);
    }

    private String compareAt(Type t, Type te, long ea, Value ce, Type ta, long aa, Value ca) {
        switch (t) {
            case Type.Int i -> {
                BigInteger e = integer(te, ea, ce);
                BigInteger a = integer(ta, aa, ca);
                return e.equals(a) ? null : "expected " + e + ", found " + a + "\n";
            }
            case Type.ComptimeInt i -> {
                BigInteger e = integer(te, ea, ce);
                BigInteger a = integer(ta, aa, ca);
                return e.equals(a) ? null : "expected " + e + ", found " + a + "\n";
            }
            case Type.Bool b -> {
                long e = scalar(te, ea, ce);
                long a = scalar(ta, aa, ca);
                return e == a ? null : "expected " + (e != 0) + ", found " + (a != 0) + "\n";
            }
            case Type.Float f -> {
                double e = floating(te, ea, ce);
                double a = floating(ta, aa, ca);
                return e == a ? null : "expected " + Formatter.floatScientific(e, f.bits(), -1) + ", found "
                        + Formatter.floatScientific(a, f.bits(), -1) + "\n";
            }
            case EnumType et -> {
                long e = scalar(te, ea, ce);
                long a = scalar(ta, aa, ca);
                if (e == a) return null;
                return "expected " + enumText(et, e) + ", found " + enumText(et, a) + "\n";
            }
            case ErrorSetType es -> {
                long e = scalar(te, ea, ce);
                long a = scalar(ta, aa, ca);
                return e == a ? null : "expected error." + m.image.errorName(e) + ", found error." + m.image.errorName(a) + "\n";
            }
            case Type.Pointer p -> {
                if (p.isSlice()) {
                    long ep = m.mem.load(ea, 8);
                    long ap = m.mem.load(aa, 8);
                    if (ep != ap) {
                        return "expected slice ptr " + p.child().name() + "@" + Long.toHexString(ep) + ", found " + p.child().name() + "@"
                                + Long.toHexString(ap) + "\n";
                    }
                    long el = m.mem.load(ea + 8, 8);
                    long al = m.mem.load(aa + 8, 8);
                    return el == al ? null : "expected slice len " + el + ", found " + al + "\n";
                }
                long e = scalar(te, ea, ce);
                long a = scalar(ta, aa, ca);
                return e == a ? null : "expected " + p.child().name() + "@" + Long.toHexString(e) + ", found " + p.child().name() + "@"
                        + Long.toHexString(a) + "\n";
            }
            case Type.Optional o -> {
                boolean en = isNull(o, ea, ce);
                boolean an = isNull(o, aa, ca);
                if (en && an) return null;
                if (!en && !an) return compareAt(o.child(), o.child(), ea, null, o.child(), aa, null);
                if (an) return "expected " + render(o.child(), ea) + ", found null\n";
                return "expected null, found " + render(o.child(), aa) + "\n";
            }
            case StructType st when st.isPacked() -> {
                Value.AggregateV e = (Value.AggregateV) packedValue(st, ea, ce);
                Value.AggregateV a = (Value.AggregateV) packedValue(st, aa, ca);
                for (int i = 0; i < st.fields().size(); i++) {
                    Type ft = st.fields().get(i).type();
                    String r = compareAt(ft, ft, 0, e.elements().get(i), ft, 0, a.elements().get(i));
                    if (r != null) return r;
                }
                return null;
            }
            case StructType st -> {
                for (int i = 0; i < st.fields().size(); i++) {
                    StructType.Field f = st.fields().get(i);
                    if (f.isComptime()) continue;
                    String r = compareAt(f.type(), f.type(), ea + st.offsetOf(i), null, f.type(), aa + st.offsetOf(i), null);
                    if (r != null) return r;
                }
                return null;
            }
            case Type.Array arr -> {
                long es = Layout.sizeOf(arr.child());
                m.vm.work(arr.length() * es);
                for (long i = 0; i < arr.length(); i++) {
                    String r = compareAt(arr.child(), arr.child(), ea + i * es, null, arr.child(), aa + i * es, null);
                    if (r != null) {
                        return "slices differ. first difference occurs at index " + i + " (0x" + Long.toHexString(i).toUpperCase() + ")\n";
                    }
                }
                return null;
            }
            case Type.Vector vt -> {
                // std.testing: the first element that differs (std.meta.eql), each printed with {}
                Type c = vt.child();
                for (int i = 0; i < vt.length(); i++) {
                    Object[] e = m.formatter.vectorElement(vt, ea, ce, i);
                    Object[] a = m.formatter.vectorElement(vt, aa, ca, i);
                    long eAddr = (Long) e[0];
                    long aAddr = (Long) a[0];
                    Value eVal = (Value) e[1];
                    Value aVal = (Value) a[1];
                    if (compareAt(c, c, eAddr, eVal, c, aAddr, aVal) != null) {
                        return "index " + i + " incorrect. expected " + m.formatter.render(c, eAddr, eVal, "") + ", found "
                                + m.formatter.render(c, aAddr, aVal, "") + "\n";
                    }
                }
                return null;
            }
            case UnionType u -> {
                long et = m.mem.load(ea + u.tagOffset(), (int) Math.max(1, Layout.sizeOf(u.tag().tagType())));
                long at = m.mem.load(aa + u.tagOffset(), (int) Math.max(1, Layout.sizeOf(u.tag().tagType())));
                if (et != at) return "expected " + enumText(u.tag(), et) + ", found " + enumText(u.tag(), at) + "\n";
                int i = u.tag().indexOfValue(BigInteger.valueOf(et));
                Type pt = u.fields().get(Math.max(0, i)).type();
                return compareAt(pt, pt, ea, null, pt, aa, null);
            }
            default -> {
                return null;
            }
        }
    }

    private boolean isNull(Type.Optional o, long addr, Value c) {
        if (c != null) return c instanceof Value.NullV;
        if (Layout.isPointerLike(o.child())) return m.mem.load(addr, 8) == 0;
        return m.mem.load(addr + Layout.optionalFlagOffset(o), 1) == 0;
    }

    private String render(Type t, long addr) {
        return m.formatter.render(t, addr, "any");
    }

    private static String enumText(EnumType et, long v) {
        int i = et.indexOfValue(BigInteger.valueOf(v));
        return et.name() + (i >= 0 ? "." + et.fieldName(i) : "(" + v + ")");
    }

    private long scalar(Type t, long addr, Value c) {
        if (c != null) return c instanceof Value.IntV i ? i.value().longValue() : m.image.scalarBits(t, c);
        return m.vm.load(addr, loadKind(t));
    }

    /** A packed struct's value: the constant, or its fields cut from the backing integer in memory. */
    private Value packedValue(StructType st, long addr, Value c) {
        if (c instanceof Value.AggregateV) return c;
        long bits = m.vm.mem.load(addr, (int) Math.max(1, Layout.sizeOf(st)));
        return Packed.value(st, new BigInteger(Long.toUnsignedString(bits)));
    }

    private BigInteger integer(Type t, long addr, Value c) {
        if (c instanceof Value.IntV i) return i.value();
        if (t instanceof Type.Int it && it.bits() > 64) {
            BigInteger lo = new BigInteger(Long.toUnsignedString(m.vm.mem.load(addr, 8)));
            BigInteger all = BigInteger.valueOf(m.vm.mem.load(addr + 8, 8)).shiftLeft(64).add(lo);
            return it.signed() ? all : all.and(it.maxBig());
        }
        long v = scalar(t, addr, c);
        if (t instanceof Type.Int it && !it.signed() && v < 0) return new BigInteger(Long.toUnsignedString(v));
        return BigInteger.valueOf(v);
    }

    private double floating(Type t, long addr, Value c) {
        if (c instanceof Value.FloatV f) return f.value();
        if (c instanceof Value.IntV i) return i.value().doubleValue();
        return Double.longBitsToDouble(scalar(t, addr, c));
    }

    private static int loadKind(Type t) {
        if (t instanceof Type.Float f) return f.bits() == 32 ? Operand.LD_F32 : f.bits() == 16 ? Operand.LD_F16 : Operand.LD_64;
        long size = Math.max(1, Layout.sizeOf(t));
        boolean signed = t instanceof Type.Int i && i.signed();
        return switch ((int) size) {
            case 1 -> signed ? Operand.LD_S8 : Operand.LD_U8;
            case 2 -> signed ? Operand.LD_S16 : Operand.LD_U16;
            case 4 -> signed ? Operand.LD_S32 : Operand.LD_U32;
            default -> Operand.LD_64;
        };
    }

    @SuppressWarnings("unused")
    private static final Class<?> USED = FormatSpec.class;
}
