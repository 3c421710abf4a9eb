package org.heaplab.lang.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.Value;

/**
 * {@code std.mem.zeroes(T)} where a comptime value is needed (a container-level constant or
 * variable, a field's default value): the value Zig's {@code zeroes} builds, field by field
 * (numbers 0, false, null, the enum field of value 0, arrays and structs of those; a comptime
 * field keeps its value). At run time the native fills the result's bytes instead. Types it
 * cannot build give null, and the call stays an error.
 */
final class ComptimeZeroes {
    private ComptimeZeroes() {}

    /** Elements past this many are not built at comptime. */
    private static final long MAX_ELEMENTS = 1 << 16;

    static Value of(Type t, Sema sema) {
        return build(t, sema, new long[] {0});
    }

    private static Value build(Type t, Sema sema, long[] count) {
        if (++count[0] > MAX_ELEMENTS) return null;
        return switch (t) {
            case Type.Int i -> Value.IntV.of(0);
            case Type.Float f -> new Value.FloatV(0.0);
            case Type.Bool b -> Value.BoolV.FALSE;
            case Type.Void v -> Value.VoidV.INSTANCE;
            case Type.Optional o -> Value.NullV.INSTANCE;
            case EnumType et -> {
                int index = et.indexOfValue(BigInteger.ZERO);
                yield index < 0 ? null : new Value.EnumV(et, index);
            }
            case Type.Array a -> {
                if (a.length() > MAX_ELEMENTS) yield null;
                List<Value> elems = new ArrayList<>();
                for (long k = 0; k < a.length(); k++) {
                    Value e = build(a.child(), sema, count);
                    if (e == null) yield null;
                    elems.add(e);
                }
                yield new Value.AggregateV(a, elems);
            }
            case StructType st -> {
                sema.containers.resolveFields(st);
                List<Value> vals = new ArrayList<>();
                for (StructType.Field f : st.fields()) {
                    Value v = f.isComptime() ? f.defaultValue() : build(f.type(), sema, count);
                    if (v == null) yield null;
                    vals.add(v);
                }
                yield new Value.AggregateV(st, vals);
            }
            default -> null;
        };
    }
}
