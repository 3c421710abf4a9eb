package org.heaplab.lang.types;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The storage of a variable that lives while compiling: a {@code var} in code run at compile time,
 * or a {@code comptime var}. Its value is replaced, never mutated in place, so values stay
 * immutable and a store through a path ({@code t[3]}, {@code p.x}) builds the new aggregate.
 */
public final class ComptimeCell {
    public final Type type;
    public Value value;
    /**
     * How many run-time branches or loops enclosed the declaration: a store from inside more of
     * them depends on a run-time condition (a comptime var declared in a run-time loop's body
     * lives for one pass of that body, so stores there are fine).
     */
    public int runtimeDepth;

    public ComptimeCell(Type type, Value value) {
        this.type = type;
        this.value = value;
    }

    /** What is at {@code path} (field and element indexes) now. */
    public Value load(List<Integer> path) {
        Value v = value;
        Type t = type;
        for (int i : path) {
            v = part(v, t, i);
            t = partType(t, i);
        }
        return v;
    }

    /** What a pointer into this variable points at now (a part, or a window of an array's elements). */
    public Value load(Value.CellPtrV p) {
        Value v = load(p.path());
        if (p.offset() < 0) return v;
        List<Value> all = elements(v, typeAt(p.path()));
        long n = p.pointee() instanceof Type.Array a ? a.length() : 1;
        return new Value.AggregateV(p.pointee(), all.subList(p.offset(), (int) (p.offset() + n)));
    }

    /** The type of the part at {@code path}. */
    public Type typeAt(List<Integer> path) {
        Type t = type;
        for (int i : path) t = partType(t, i);
        return t;
    }

    /**
     * A value with no pointer into a comptime variable left: each {@link Value.CellPtrV} becomes a
     * pointer to what the variable holds now, as Zig makes a comptime variable's memory constant
     * once its evaluation ends and the value is used by run-time code.
     */
    public static Value freeze(Value v) {
        return switch (v) {
            case Value.CellPtrV p -> new Value.RefV(freeze(p.cell().load(p)), p.pointee());
            case Value.RefV r -> {
                Value t = freeze(r.target());
                yield t == r.target() ? r : new Value.RefV(t, r.targetType());
            }
            case Value.OptionalV o -> {
                Value t = freeze(o.payload());
                yield t == o.payload() ? o : new Value.OptionalV(t);
            }
            case Value.UnionV u -> {
                Value t = freeze(u.payload());
                yield t == u.payload() ? u : new Value.UnionV(u.type(), u.fieldIndex(), t);
            }
            case Value.AggregateV a -> {
                List<Value> out = null;
                for (int i = 0; i < a.elements().size(); i++) {
                    Value e = a.elements().get(i);
                    Value f = freeze(e);
                    if (f != e && out == null) out = new ArrayList<>(a.elements());
                    if (out != null) out.set(i, f);
                }
                yield out == null ? a : new Value.AggregateV(a.type(), out);
            }
            default -> v;
        };
    }

    /** The parts of an aggregate value; an undefined aggregate has undefined parts. */
    public static List<Value> elements(Value v, Type t) {
        if (v instanceof Value.AggregateV a) return a.elements();
        int n = t instanceof Type.Array a ? (int) a.length() : t instanceof StructType st ? st.fields().size() : 0;
        List<Value> out = new ArrayList<>();
        if (v instanceof Value.StringV s && t instanceof Type.Array) {
            for (byte b : s.bytes()) out.add(new Value.IntV(BigInteger.valueOf(b & 0xFF)));
            while (out.size() < n) out.add(Value.IntV.of(0));
            return out;
        }
        for (int i = 0; i < n; i++) {
            Value d = t instanceof StructType st && st.fields().get(i).isComptime() ? st.fields().get(i).defaultValue() : Value.UndefV.INSTANCE;
            out.add(d);
        }
        return out;
    }

    public static Value part(Value v, Type t, int i) {
        // the sentinel after an array's last element
        if (t instanceof Type.Array a && i == a.length() && a.sentinel() != null) return a.sentinel();
        if (t instanceof UnionType) {
            return v instanceof Value.UnionV uv && uv.fieldIndex() == i ? uv.payload() : Value.UndefV.INSTANCE;
        }
        return elements(v, t).get(i);
    }

    public static Type partType(Type t, int i) {
        return switch (t) {
            case Type.Array a -> a.child();
            case StructType st -> st.fields().get(i).type();
            case UnionType ut -> ut.fields().get(i).type();
            default -> throw new IllegalStateException("no parts in " + t.name());
        };
    }
}
