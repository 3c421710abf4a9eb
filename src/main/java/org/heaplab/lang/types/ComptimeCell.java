package org.heaplab.lang.types;

/**
 * The storage of a variable that lives while compiling: a {@code var} in code run at compile time,
 * or a {@code comptime var}. Its value is replaced, never mutated in place, so values stay
 * immutable and a store through a path ({@code t[3]}, {@code p.x}) builds the new aggregate.
 */
public final class ComptimeCell {
    public final Type type;
    public Value value;

    public ComptimeCell(Type type, Value value) {
        this.type = type;
        this.value = value;
    }
}
