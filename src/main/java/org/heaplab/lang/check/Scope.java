package org.heaplab.lang.check;

import java.util.HashMap;
import java.util.Map;
import org.heaplab.lang.types.ComptimeCell;
import org.heaplab.lang.types.Namespace;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.Value;

/**
 * A lexical scope while checking: names bound to comptime values (generic parameters, folded
 * constants) or to runtime locals. A scope without a namespace is a block inside a function.
 */
public final class Scope implements Namespace.Origin {
    /** What a name means in a scope. */
    public sealed interface Binding permits Comptime, ComptimeVar, Runtime {}

    /** A name with a value known at compile time (a comptime parameter, a captured generic type). */
    public record Comptime(Type type, Value value) implements Binding {}

    /** A variable that lives while compiling ({@code comptime var}, or any {@code var} of code run at compile time). */
    public record ComptimeVar(ComptimeCell cell) implements Binding {}

    /** A runtime local of the function being checked. */
    public record Runtime(org.heaplab.lang.ir.Ir.Local local) implements Binding {}

    private final Scope parent;
    private final Namespace namespace;
    private final Map<String, Binding> names = new HashMap<>();

    public Scope(Scope parent, Namespace namespace) {
        this.parent = parent;
        this.namespace = namespace;
    }

    public Scope child() { return new Scope(this, null); }

    /** The scope a container was written in. */
    static Scope of(Namespace ns) { return (Scope) ns.scope(); }

    public Scope parent() { return parent; }

    /** The namespace of this scope if it is a container's, else null. */
    public Namespace namespace() { return namespace; }

    public void bind(String name, Binding b) { names.put(name, b); }

    public Binding own(String name) { return names.get(name); }

    /** The innermost enclosing container namespace. */
    public Namespace enclosingNamespace() {
        for (Scope s = this; s != null; s = s.parent) if (s.namespace != null) return s.namespace;
        return null;
    }
}
