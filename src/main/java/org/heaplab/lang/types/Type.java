package org.heaplab.lang.types;

import java.util.List;

/**
 * A Zig type. Structural types are records (equal when their parts are equal); containers
 * ({@link StructType}, {@link EnumType}, {@link UnionType}, {@link ErrorSetType}) are nominal.
 * {@link #name()} spells the type as Zig's error messages and {@code {}} formatting do.
 */
public sealed interface Type permits Type.Int, Type.Float, Type.Bool, Type.Void, Type.NoReturn, Type.TypeType,
        Type.ComptimeInt, Type.ComptimeFloat, Type.Null, Type.Undefined, Type.EnumLiteral, Type.Pointer, Type.Array,
        Type.Optional, Type.ErrorUnion, Type.Fn, Type.Vector, Type.AnyOpaque, Type.AnyType, StructType, EnumType, UnionType,
        ErrorSetType {

    String name();

    /** Types with no runtime representation (values only exist while compiling). */
    default boolean isComptimeOnly() { return false; }

    // ------------------------------------------------------------------ primitives

    record Int(int bits, boolean signed, boolean pointerSized) implements Type {
        public Int(int bits, boolean signed) { this(bits, signed, false); }

        public String name() {
            if (pointerSized) return signed ? "isize" : "usize";
            return (signed ? "i" : "u") + bits;
        }

        /** Smallest value, as a long (for bits up to 64). */
        public long min() {
            if (!signed) return 0;
            return bits >= 64 ? Long.MIN_VALUE : -(1L << (bits - 1));
        }

        /** Largest value, as a long; for u64 this is -1 (all bits set). */
        public long max() {
            if (signed) return bits >= 64 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1;
            return bits >= 64 ? -1L : (1L << bits) - 1;
        }

        public java.math.BigInteger minBig() {
            return signed ? java.math.BigInteger.ONE.shiftLeft(bits - 1).negate() : java.math.BigInteger.ZERO;
        }

        public java.math.BigInteger maxBig() {
            return (signed ? java.math.BigInteger.ONE.shiftLeft(bits - 1) : java.math.BigInteger.ONE.shiftLeft(bits))
                    .subtract(java.math.BigInteger.ONE);
        }

        public boolean fits(java.math.BigInteger v) {
            return v.compareTo(minBig()) >= 0 && v.compareTo(maxBig()) <= 0;
        }

        @Override
        public String toString() { return name(); }
    }

    record Float(int bits) implements Type {
        public String name() { return "f" + bits; }
    }

    record Bool() implements Type {
        public String name() { return "bool"; }
    }

    record Void() implements Type {
        public String name() { return "void"; }
    }

    record NoReturn() implements Type {
        public String name() { return "noreturn"; }
    }

    record TypeType() implements Type {
        public String name() { return "type"; }

        @Override
        public boolean isComptimeOnly() { return true; }
    }

    record ComptimeInt() implements Type {
        public String name() { return "comptime_int"; }

        @Override
        public boolean isComptimeOnly() { return true; }
    }

    record ComptimeFloat() implements Type {
        public String name() { return "comptime_float"; }

        @Override
        public boolean isComptimeOnly() { return true; }
    }

    record Null() implements Type {
        public String name() { return "@TypeOf(null)"; }

        @Override
        public boolean isComptimeOnly() { return true; }
    }

    record Undefined() implements Type {
        public String name() { return "@TypeOf(undefined)"; }

        @Override
        public boolean isComptimeOnly() { return true; }
    }

    record EnumLiteral() implements Type {
        public String name() { return "@Type(.enum_literal)"; }

        @Override
        public boolean isComptimeOnly() { return true; }
    }

    record AnyOpaque() implements Type {
        public String name() { return "anyopaque"; }
    }

    /** The "type" of an {@code anytype} parameter before instantiation. */
    record AnyType() implements Type {
        public String name() { return "anytype"; }

        @Override
        public boolean isComptimeOnly() { return true; }
    }

    // ------------------------------------------------------------------ composites

    enum PtrSize { ONE, MANY, SLICE, C }

    /**
     * {@code *T}, {@code [*]T}, {@code []T}, with constness and an optional sentinel value
     * ({@code [:0]u8}); alignment 0 means the child's natural alignment.
     */
    record Pointer(PtrSize size, Type child, boolean isConst, Value sentinel, int alignment) implements Type {
        public Pointer(PtrSize size, Type child, boolean isConst) { this(size, child, isConst, null, 0); }

        public String name() {
            String prefix = switch (size) {
                case ONE -> "*";
                case MANY -> sentinel != null ? "[*:" + sentinel.show() + "]" : "[*]";
                case SLICE -> sentinel != null ? "[:" + sentinel.show() + "]" : "[]";
                case C -> "[*c]";
            };
            String align = alignment != 0 ? "align(" + alignment + ") " : "";
            return prefix + align + (isConst ? "const " : "") + child.name();
        }

        public boolean isSlice() { return size == PtrSize.SLICE; }

        @Override
        public boolean isComptimeOnly() { return !(child instanceof Fn) && child.isComptimeOnly(); }

        @Override
        public String toString() { return name(); }
    }

    record Array(long length, Type child, Value sentinel) implements Type {
        public Array(long length, Type child) { this(length, child, null); }

        public String name() {
            return "[" + length + (sentinel != null ? ":" + sentinel.show() : "") + "]" + child.name();
        }

        @Override
        public boolean isComptimeOnly() { return child.isComptimeOnly(); }

        @Override
        public String toString() { return name(); }
    }

    /**
     * {@code @Vector(N, T)}: N elements of an integer, float, bool or pointer type, operated on
     * element by element. Its size and alignment are Zig's ({@link Layout#vectorSize}): the bits
     * of all elements, in bytes, rounded up to a power of two.
     */
    record Vector(long length, Type child) implements Type {
        public String name() { return "@Vector(" + length + ", " + child.name() + ")"; }

        @Override
        public String toString() { return name(); }
    }

    record Optional(Type child) implements Type {
        public String name() { return "?" + child.name(); }

        @Override
        public boolean isComptimeOnly() { return child.isComptimeOnly(); }
    }

    record ErrorUnion(ErrorSetType errorSet, Type payload) implements Type {
        public String name() { return errorSet.name() + "!" + payload.name(); }

        @Override
        public boolean isComptimeOnly() { return payload.isComptimeOnly(); }
    }

    /** A function type (the type of a function body, not of a pointer to it). */
    record Fn(List<Type> params, Type returnType) implements Type {
        public Fn {
            params = List.copyOf(params);
        }

        public String name() {
            var sb = new StringBuilder("fn (");
            for (int i = 0; i < params.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(params.get(i).name());
            }
            return sb.append(") ").append(returnType.name()).toString();
        }

        @Override
        public boolean isComptimeOnly() { return true; }
    }
}
