package org.heaplab.lang.parse;

/**
 * How deep a program may nest: blocks, parentheses, expressions, type prefixes, prefix
 * operators, and the terms of one chain of binary operators or suffixes ({@code a + a + ...} is
 * as deep as it is long). Zig's own compiler overflows its stack a few thousand levels deep;
 * past this limit the parser reports it at the spot and stops, so every later stage (checker,
 * code generation) only ever walks trees it can walk quickly.
 */
final class Nesting {
    static final int MAX_DEPTH = 2_500;
    static final String MESSAGE = "Heap Lab cannot compile code nested this deeply (its limit is " + MAX_DEPTH + " levels)";

    /** Ends the parse: the program nests deeper than {@link #MAX_DEPTH}; the error is reported. */
    static final class TooDeep extends RuntimeException {
        TooDeep() { super(null, null, false, false); }
    }

    private int depth;

    /** One level deeper; false past the limit. */
    boolean deeper() { return ++depth <= MAX_DEPTH; }

    void shallower() { depth--; }

    /** Whether a chain of {@code terms} more levels still fits here. */
    boolean fits(int terms) { return depth + terms <= MAX_DEPTH; }
}
