package org.heaplab.lang.types;

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
}
