package org.heaplab.lang.types;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An error set. {@code anyerror} has no name list; a function's inferred set ({@code !T}) is
 * open: every error returned through it is added as the body is checked.
 */
public final class ErrorSetType implements Type {
    private final String name;
    private final Set<String> names;
    private final boolean inferred;

    private ErrorSetType(String name, Set<String> names, boolean inferred) {
        this.name = name;
        this.names = names;
        this.inferred = inferred;
    }

    public static final ErrorSetType ANYERROR = new ErrorSetType("anyerror", null, false);

    public static ErrorSetType of(String name, Set<String> names) {
        return new ErrorSetType(name, new LinkedHashSet<>(names), false);
    }

    /** The inferred error set of a function, e.g. {@code @typeInfo(...)}; Zig spells it after the function. */
    public static ErrorSetType inferred(String fnName) {
        return new ErrorSetType("@typeInfo(@typeInfo(@TypeOf(" + fnName + ")).@\"fn\".return_type.?).error_union.error_set",
                new LinkedHashSet<>(), true);
    }

    public String name() { return name; }

    public boolean isAnyError() { return names == null; }

    public boolean isInferred() { return inferred; }

    /** The names of the errors in the set; null for anyerror. */
    public Set<String> names() { return names; }

    public boolean contains(String error) { return names == null || inferred || names.contains(error); }

    public void addInferred(String error) {
        if (inferred) names.add(error);
    }

    /** How the checker completes an inferred set: by checking its function's body (set by the checker). */
    private Runnable resolver;
    private boolean resolved;

    public void resolveWith(Runnable r) { this.resolver = r; }

    /**
     * Completes an inferred set now (its function's body checked), as Zig resolves it where a
     * switch must know every error; true when its names are then all known.
     */
    public boolean resolve() {
        if (!inferred) return names != null;
        if (!resolved && resolver != null) {
            Runnable r = resolver;
            resolver = null;
            r.run();
        }
        return resolved;
    }

    public void markResolved() { this.resolved = true; }

    @Override
    public String toString() { return name; }
}
