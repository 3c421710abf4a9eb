package org.heaplab.lang.types;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.heaplab.lang.types.fp.F128;

/** A value known while compiling: literals, types, folded constants, comptime struct values. */
public sealed interface Value {

    /** A short rendering for type names and messages. */
    String show();

    record IntV(BigInteger value) implements Value {
        public static IntV of(long v) { return new IntV(BigInteger.valueOf(v)); }

        public String show() { return value.toString(); }
    }

    /**
     * A float: {@code value} as f64 (what a typed float holds), and for a comptime_float known
     * exactly (literals and arithmetic on them) its f128 value {@code wide}, else null.
     */
    record FloatV(double value, F128 wide) implements Value {
        public FloatV(double value) { this(value, null); }

        public FloatV(F128 wide) { this(wide.toDouble(), wide); }

        /** The f128 value when known exactly, else the f64 widened. */
        public F128 exact() { return wide != null ? wide : F128.of(value); }

        public String show() { return Double.toString(value); }
    }

    record BoolV(boolean value) implements Value {
        public static final BoolV TRUE = new BoolV(true);
        public static final BoolV FALSE = new BoolV(false);

        public static BoolV of(boolean b) { return b ? TRUE : FALSE; }

        public String show() { return Boolean.toString(value); }
    }

    record TypeV(Type type) implements Value {
        public String show() { return type.name(); }
    }

    record VoidV() implements Value {
        public static final VoidV INSTANCE = new VoidV();

        public String show() { return "{}"; }
    }

    record NullV() implements Value {
        public static final NullV INSTANCE = new NullV();

        public String show() { return "null"; }
    }

    record UndefV() implements Value {
        public static final UndefV INSTANCE = new UndefV();

        public String show() { return "undefined"; }
    }

    record EnumLitV(String name) implements Value {
        public String show() { return "." + name; }
    }

    /** A value of an enum type, by field index. */
    record EnumV(EnumType type, int index) implements Value {
        public String show() { return "." + type.fieldName(index); }

        public BigInteger tagValue() { return type.fieldValue(index); }
    }

    record ErrorV(String name) implements Value {
        public String show() { return "error." + name; }
    }

    /** The bytes of a string literal; as a value it is a {@code *const [N:0]u8} into read-only data. */
    record StringV(byte[] bytes) implements Value {
        public String show() { return "\"" + new String(bytes, StandardCharsets.UTF_8) + "\""; }

        @Override
        public boolean equals(Object o) { return o instanceof StringV s && java.util.Arrays.equals(bytes, s.bytes); }

        @Override
        public int hashCode() { return java.util.Arrays.hashCode(bytes); }
    }

    /** A struct, tuple or array value: one value per field or element, in declaration order. */
    record AggregateV(Type type, List<Value> elements) implements Value {
        public AggregateV {
            elements = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(elements));
        }

        public String show() {
            var sb = new StringBuilder(".{ ");
            for (int i = 0; i < elements.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(elements.get(i).show());
            }
            return sb.append(" }").toString();
        }
    }

    record UnionV(UnionType type, int fieldIndex, Value payload) implements Value {
        public String show() { return ".{ ." + type.fields().get(fieldIndex).name() + " = " + payload.show() + " }"; }
    }

    record OptionalV(Value payload) implements Value {
        public String show() { return payload.show(); }
    }

    /** A function, before it becomes a pointer: a declaration and the namespace it lives in. */
    record FnV(FnRef fn) implements Value {
        public String show() { return fn.displayName(); }
    }

    /** A pointer to a comptime value (e.g. {@code &.{ .alloc = alloc }}): laid out in read-only data at run time. */
    record RefV(Value target, Type targetType) implements Value {
        public String show() { return "&" + target.show(); }
    }

    /**
     * A pointer, at compile time, into a comptime variable: the cell and the path of field and
     * element indexes to the part pointed at ({@code &t[3]}, a {@code |*x|} capture). With an
     * {@code offset} of 0 or more, the pointee is an array of elements that starts at that element
     * of the array at the path (a slice {@code t[2..5]} of the variable's array).
     */
    record CellPtrV(ComptimeCell cell, java.util.List<Integer> path, Type pointee, int offset) implements Value {
        public CellPtrV {
            path = java.util.List.copyOf(path);
        }

        /** A pointer to the part at {@code path}. */
        public CellPtrV(ComptimeCell cell, java.util.List<Integer> path, Type pointee) { this(cell, path, pointee, -1); }

        public String show() { return "&comptime var"; }
    }

    /** The address of a container-level variable, known at compile time ({@code &allocator_instance}). */
    record GlobalAddrV(GlobalVar global, long offset) implements Value {
        public GlobalAddrV(GlobalVar global) { this(global, 0); }

        public String show() { return "&" + global.name + (offset != 0 ? "+" + offset : ""); }
    }

    /** An address made from an integer at comptime ({@code @ptrFromInt(0x1000)}). */
    record AddressV(long address) implements Value {
        public String show() { return "@ptrFromInt(" + Long.toUnsignedString(address) + ")"; }
    }

    /** A value that stands for a namespace-only import (the std module, a file). */
    static Value type(Type t) { return new TypeV(t); }

    static IntV integer(long v) { return IntV.of(v); }
}
