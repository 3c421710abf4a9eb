package org.heaplab.lang.check;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.ErrorSetType;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.UnionType;
import org.heaplab.lang.types.Value;

/** Zig's rules about types that every part of the checker needs: the primitive types, integer ranges, pointer and error-set compatibility. */
final class TypeRules {
    private TypeRules() {}

    static final Type VOID = new Type.Void();

    static final Type BOOL = new Type.Bool();

    static final Type NORETURN = new Type.NoReturn();

    static final Type TYPE = new Type.TypeType();

    static final Type COMPTIME_INT = new Type.ComptimeInt();

    static final Type COMPTIME_FLOAT = new Type.ComptimeFloat();

    static final Type NULL = new Type.Null();

    static final Type UNDEFINED = new Type.Undefined();

    static final Type ENUM_LITERAL = new Type.EnumLiteral();

    static final Type.Int USIZE = new Type.Int(64, false, true);

    static final Type.Int ISIZE = new Type.Int(64, true, true);

    static final Type.Int U8 = new Type.Int(8, false);

    static final Type.Int U16 = new Type.Int(16, false);

    static final Type.Int U1 = new Type.Int(1, false);

    static final Type ANYOPAQUE = new Type.AnyOpaque();

    static boolean isInt(Type t) { return t instanceof Type.Int || t instanceof Type.ComptimeInt; }

    static boolean isFloat(Type t) { return t instanceof Type.Float || t instanceof Type.ComptimeFloat; }

    /** A finite float as Zig's messages name it: its shortest digits as an f32 or f64, written out ({@code 1e30} is 1000...). */
    static String floatText(double d, boolean f32) {
        return new java.math.BigDecimal(f32 ? Float.toString((float) d) : Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    /** A C pointer, {@code [*c]T}: it takes null and compares with it, its own optional. */
    static boolean isCPointer(Type t) { return t instanceof Type.Pointer p && p.size() == Type.PtrSize.C; }

    static boolean isNumeric(Type t) { return isInt(t) || isFloat(t); }

    static Type stringLiteralType(int length) {
        return new Type.Pointer(Type.PtrSize.ONE, new Type.Array(length, U8, Value.IntV.of(0)), true);
    }

    static Type.Pointer constSliceOf(Type elem) { return new Type.Pointer(Type.PtrSize.SLICE, elem, true); }

    /** The element type of something indexable (array, slice, many pointer, pointer to array), or null. */
    static Type elementType(Type t) {
        if (t instanceof Type.Array a) return a.child();
        if (t instanceof Type.Vector v) return v.child();
        if (t instanceof Type.Pointer p) {
            if (p.size() == Type.PtrSize.SLICE || p.size() == Type.PtrSize.MANY || p.size() == Type.PtrSize.C) return p.child();
            if (p.child() instanceof Type.Array a) return a.child();
        }
        return null;
    }

    static boolean sameType(Type a, Type b) {
        if (a == b) return true;
        if (a instanceof Type.Int x && b instanceof Type.Int y) return x.bits() == y.bits() && x.signed() == y.signed();
        return a.equals(b);
    }

    static boolean pointerCompatible(Type a, Type b) {
        if (sameType(a, b)) return true;
        if (a instanceof Type.Pointer pa && b instanceof Type.Pointer pb) {
            return pa.size() == pb.size() && (!pa.isConst() || pb.isConst()) && pointerCompatible(pa.child(), pb.child());
        }
        if (a instanceof Type.Array aa && b instanceof Type.Array ab) {
            return aa.length() == ab.length() && sameType(aa.child(), ab.child());
        }
        return false;
    }

    static boolean intFitsIn(Type.Int from, Type.Int to) {
        if (from.signed() == to.signed()) return to.bits() >= from.bits();
        if (!from.signed() && to.signed()) return to.bits() > from.bits();
        return false;
    }

    static boolean errorSetCoerces(ErrorSetType from, ErrorSetType to) {
        if (to.isAnyError() || to.isInferred()) {
            // errors that reach an inferred set through another function's inferred set: all of them
            if (to.isInferred() && from.isInferred() && from != to) from.resolve();
            if (to.isInferred() && from.names() != null) for (String n : from.names()) to.addInferred(n);
            return true;
        }
        if (from.isAnyError()) return false;
        if (from.isInferred()) return true;
        return to.names().containsAll(from.names());
    }

    /** The type of a comptime value when it stands alone (for folding and tuples). */
    static Type typeOfValue(Value v) {
        return switch (v) {
            case Value.IntV i -> COMPTIME_INT;
            case Value.FloatV f -> COMPTIME_FLOAT;
            case Value.BoolV b -> BOOL;
            case Value.TypeV t -> TYPE;
            case Value.VoidV x -> VOID;
            case Value.NullV x -> NULL;
            case Value.UndefV x -> UNDEFINED;
            case Value.EnumLitV x -> ENUM_LITERAL;
            case Value.EnumV e -> e.type();
            case Value.ErrorV e -> ErrorSetType.ANYERROR;
            case Value.StringV s -> stringLiteralType(s.bytes().length);
            case Value.AggregateV a -> a.type();
            case Value.UnionV u -> u.type();
            case Value.RefV r -> new Type.Pointer(Type.PtrSize.ONE, r.targetType(), true);
            case Value.CellPtrV p -> new Type.Pointer(Type.PtrSize.ONE, p.pointee(), false);
            default -> VOID;
        };
    }

    static Type primitiveType(String n) {
        switch (n) {
            case "void": return VOID;
            case "bool": return BOOL;
            case "noreturn": return NORETURN;
            case "type": return TYPE;
            case "anyerror": return ErrorSetType.ANYERROR;
            case "anyopaque": return ANYOPAQUE;
            case "comptime_int": return COMPTIME_INT;
            case "comptime_float": return COMPTIME_FLOAT;
            case "usize": return USIZE;
            case "isize": return ISIZE;
            case "f32": return new Type.Float(32);
            case "f64": return new Type.Float(64);
            case "f16": return new Type.Float(16);
            case "f80": return new Type.Float(80);
            case "f128": return new Type.Float(128);
            case "c_longdouble": return new Type.Float(80);
            case "c_int": return new Type.Int(32, true);
            case "c_uint": return new Type.Int(32, false);
            case "c_long": return new Type.Int(64, true);
            case "c_ulong": return new Type.Int(64, false);
            case "c_char": return U8;
            default: break;
        }
        if (n.length() >= 2 && (n.charAt(0) == 'u' || n.charAt(0) == 'i') && n.chars().skip(1).allMatch(Character::isDigit)
                && !(n.length() > 2 && n.charAt(1) == '0')) {
            if (n.length() > 6) return null;
            int bits = Integer.parseInt(n.substring(1));
            if (bits <= 128) return new Type.Int(bits, n.charAt(0) == 'i');
        }
        return null;
    }

    /**
     * Why an integer type name Heap Lab does not make is refused: wider than Zig allows, or wider
     * than the lab's 128 bits. Null when the name is not an integer type's.
     */
    static String unsupportedIntType(String n) {
        if (n.length() < 2 || (n.charAt(0) != 'u' && n.charAt(0) != 'i') || !n.chars().skip(1).allMatch(Character::isDigit)
                || (n.length() > 2 && n.charAt(1) == '0')) {
            return null;
        }
        java.math.BigInteger bits = new java.math.BigInteger(n.substring(1));
        if (bits.compareTo(java.math.BigInteger.valueOf(65535)) > 0) {
            return "primitive integer type '" + n + "' exceeds maximum bit width of 65535";
        }
        if (bits.intValue() > 128) return "Heap Lab does not support integer types wider than 128 bits ('" + n + "')";
        return null;
    }

    static String baseName(String path) {
        int i = path.lastIndexOf('/');
        return i >= 0 ? path.substring(i + 1) : path;
    }

    static Value sentinelOf(Type t) {
        if (t instanceof Type.Array a) return a.sentinel();
        if (t instanceof Type.Pointer p) return p.child() instanceof Type.Array a && p.size() == Type.PtrSize.ONE ? a.sentinel() : p.sentinel();
        return null;
    }

    /** Zig's std.math.Log2Int(T): the unsigned type a shift amount of {@code t} takes (u0 for a type of at most one bit). */
    static Type.Int log2Int(Type.Int t) {
        return new Type.Int(t.bits() <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(t.bits() - 1), false);
    }

    static BigInteger wrap(BigInteger v, Type.Int t) {
        BigInteger mod = BigInteger.ONE.shiftLeft(t.bits());
        BigInteger r = v.mod(mod);
        if (t.signed() && r.testBit(t.bits() - 1)) r = r.subtract(mod);
        return r;
    }

    static String utf8(byte[] b) { return new String(b, StandardCharsets.UTF_8); }

    /** The name of a type's kind as Zig's std.builtin.Type tags it ("int", "pointer", "struct", ...), which its "invalid operands" messages name. */
    static String zigTag(Type t) {
        return switch (t) {
            case Type.Int x -> "int";
            case Type.Float x -> "float";
            case Type.Bool x -> "bool";
            case Type.Void x -> "void";
            case Type.NoReturn x -> "noreturn";
            case Type.TypeType x -> "type";
            case Type.ComptimeInt x -> "comptime_int";
            case Type.ComptimeFloat x -> "comptime_float";
            case Type.Null x -> "null";
            case Type.Undefined x -> "undefined";
            case Type.EnumLiteral x -> "enum_literal";
            case Type.AnyOpaque x -> "opaque";
            case Type.Pointer x -> "pointer";
            case Type.Array x -> "array";
            case Type.Vector x -> "vector";
            case Type.Optional x -> "optional";
            case Type.ErrorUnion x -> "error_union";
            case Type.Fn x -> "fn";
            case org.heaplab.lang.types.ErrorSetType x -> "error_set";
            case org.heaplab.lang.types.EnumType x -> "enum";
            case org.heaplab.lang.types.UnionType x -> "union";
            case org.heaplab.lang.types.StructType x -> "struct";
            default -> t.name();
        };
    }
}
