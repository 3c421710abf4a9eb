package org.heaplab.lang.types;


/** Sizes and alignments of types on x86_64 Linux, as Zig lays them out. */
public final class Layout {
    private Layout() {}

    public static final int POINTER_SIZE = 8;
    public static final int ERROR_CODE_SIZE = 2;

    public static long alignForward(long value, long align) {
        if (align <= 1) return value;
        return (value + align - 1) & -align;
    }

    /** Bytes an integer of this many bits occupies: the next power of two of its byte count. */
    public static int intBytes(int bits) {
        if (bits == 0) return 0;
        int bytes = (bits + 7) / 8;
        int p = 1;
        while (p < bytes) p <<= 1;
        return p;
    }

    public static long sizeOf(Type t) {
        return switch (t) {
            case Type.Int i -> intBytes(i.bits());
            case Type.Float f -> f.bits() == 80 ? 16 : f.bits() / 8;
            case Type.Bool b -> 1;
            case Type.Void v -> 0;
            case Type.NoReturn n -> 0;
            case Type.Pointer p -> p.isSlice() ? 2L * POINTER_SIZE : POINTER_SIZE;
            case Type.Array a -> (a.length() + (a.sentinel() != null ? 1 : 0)) * sizeOf(a.child());
            case Type.Vector v -> vectorSize(v);
            case Type.Optional o -> sizeAndAlign(o)[0];
            case Type.ErrorUnion eu -> errorUnionLayout(eu)[2];
            case ErrorSetType e -> ERROR_CODE_SIZE;
            case StructType s -> s.size();
            case EnumType e -> e.tagType() == null ? 0 : sizeOf(e.tagType());
            case UnionType u -> u.size();
            case Type.AnyOpaque a -> 0;
            default -> 0; // comptime-only types
        };
    }

    /**
     * Whether a value of the type takes memory ({@code sizeOf(t) != 0}), answered without laying
     * structs and unions out: an alignment asked for while a struct's fields are still being
     * resolved (Zig's lazy {@code @alignOf}) must not need sizes.
     */
    public static boolean hasBits(Type t) {
        return switch (t) {
            case Type.Int i -> i.bits() > 0;
            case Type.Float f -> true;
            case Type.Bool b -> true;
            case Type.Void v -> false;
            case Type.NoReturn n -> false;
            case Type.Pointer p -> true;
            case Type.Array a -> a.length() + (a.sentinel() != null ? 1 : 0) > 0 && hasBits(a.child());
            case Type.Vector v -> v.length() > 0 && hasBits(v.child());
            case Type.Optional o -> true;
            case Type.ErrorUnion eu -> true;
            case ErrorSetType e -> true;
            case StructType s -> s.hasBits();
            case EnumType e -> e.tagType() != null && hasBits(e.tagType());
            case UnionType u -> u.hasBits();
            default -> sizeOf(t) != 0;
        };
    }

    public static int alignOf(Type t) {
        return switch (t) {
            case Type.Int i -> Math.max(1, Math.min(16, intBytes(i.bits())));
            case Type.Float f -> f.bits() == 80 ? 16 : f.bits() / 8;
            case Type.Bool b -> 1;
            case Type.Pointer p -> POINTER_SIZE;
            case Type.Array a -> alignOf(a.child());
            case Type.Vector v -> (int) Math.max(1, vectorSize(v));
            case Type.Optional o -> isPointerLike(o.child()) ? POINTER_SIZE : (int) sizeAndAlign(o)[1];
            case Type.ErrorUnion eu -> (int) errorUnionLayout(eu)[3];
            case ErrorSetType e -> ERROR_CODE_SIZE;
            case StructType s -> s.align();
            case EnumType e -> e.tagType() == null ? 1 : alignOf(e.tagType());
            case UnionType u -> u.align();
            default -> 1;
        };
    }

    /**
     * A vector's size, which is also its alignment (Zig's abiSize and abiAlignment of vectors):
     * the bytes its elements' bits need, rounded up to a power of two ({@code @Vector(3, f32)}
     * is 16, {@code @Vector(4, bool)} 1).
     */
    public static long vectorSize(Type.Vector v) {
        long bits = Packed.bitSize(v.child()) * v.length();
        if (bits == 0) return 0;
        long bytes = (bits + 7) / 8;
        long p = 1;
        while (p < bytes) p <<= 1;
        return p;
    }

    /**
     * Whether a vector's elements are bit fields of one integer rather than an array: elements
     * whose bit size is not their size in bytes (bools, {@code u3}, {@code u24}) are packed bit
     * after bit in memory, as LLVM stores such vectors; the others lie as an array does.
     */
    public static boolean isBitPackedVector(Type.Vector v) {
        return Packed.bitSize(v.child()) != sizeOf(v.child()) * 8;
    }

    /** Optionals of pointers and slices use address 0 for null and take no extra space. */
    public static boolean isPointerLike(Type t) {
        return t instanceof Type.Pointer p && p.size() != Type.PtrSize.C;
    }

    /**
     * {size, alignment} of a type, in one pass down nested optionals and error unions
     * ({@code ??...?T}, {@code anyerror!anyerror!...T}), which would otherwise walk the nesting
     * again at every level.
     */
    private static long[] sizeAndAlign(Type t) {
        return switch (t) {
            case Type.Optional o -> {
                if (isPointerLike(o.child())) yield new long[] {sizeOf(o.child()), POINTER_SIZE};
                long[] c = sizeAndAlign(o.child());
                yield new long[] {c[0] == 0 ? 1 : alignForward(c[0] + 1, c[1]), c[1]};
            }
            case Type.ErrorUnion eu -> {
                long[] l = errorUnionLayout(eu);
                yield new long[] {l[2], l[3]};
            }
            default -> new long[] {sizeOf(t), alignOf(t)};
        };
    }

    /** Where the "has value" flag of a non-pointer optional lives: right after the payload. */
    public static long optionalFlagOffset(Type.Optional o) {
        return sizeOf(o.child());
    }

    /**
     * Error union layout: {payload offset, error code offset, size, alignment}. The payload comes first and
     * the error code follows it, as Zig's sizes show ({@code anyerror!u32} is 8, {@code anyerror![]u8} 24).
     */
    public static long[] errorUnionLayout(Type.ErrorUnion eu) {
        // nested error unions (anyerror!anyerror!...) are laid out in one pass down the nesting: size and alignment together
        long[] p = sizeAndAlign(eu.payload());
        long ps = p[0];
        int a = Math.max(ERROR_CODE_SIZE, (int) p[1]);
        if (ps == 0) return new long[] {0, 0, ERROR_CODE_SIZE, a};
        long errOff = alignForward(ps, ERROR_CODE_SIZE);
        return new long[] {0, errOff, alignForward(errOff + ERROR_CODE_SIZE, a), a};
    }

    /** The element type of an array, slice, many-item pointer or pointer to array; null for anything else. */
    public static Type elementType(Type t) {
        if (t instanceof Type.Array a) return a.child();
        if (t instanceof Type.Pointer p) {
            if (p.size() != Type.PtrSize.ONE) return p.child();
            if (p.child() instanceof Type.Array a) return a.child();
        }
        return null;
    }

    /** Values of these types live in registers at run time; all others live in memory. */
    public static boolean isScalar(Type t) {
        return switch (t) {
            case Type.Int i -> i.bits() <= 64;
            case Type.Float f -> true;
            case Type.Bool b -> true;
            case Type.Void v -> true;
            case Type.Pointer p -> !p.isSlice();
            case Type.Optional o -> o.child() instanceof Type.Pointer p && !p.isSlice();
            case ErrorSetType e -> true;
            case Type.ErrorUnion eu -> sizeOf(eu.payload()) == 0;
            case EnumType e -> true;
            case Type.NoReturn n -> true;
            default -> false;
        };
    }
}
