package org.heaplab.lang.types;

import org.heaplab.lang.ast.Ast;

/** A function declaration and the namespace it belongs to: what a function name refers to before a call instantiates it. */
public record FnRef(Ast.FnDecl decl, Namespace namespace) {
    /** The name Zig prints in traces: the function's own name ({@code init}, {@code main}). */
    public String displayName() { return decl.name(); }

    public String qualifiedName() { return namespace.qualifiedName() + "." + decl.name(); }

    public boolean isLibrary() { return namespace.file().isLibrary(); }

    /** The same declaration in the same namespace (each instance of a generic type has its own). */
    @Override
    public boolean equals(Object o) {
        return o instanceof FnRef r && r.decl == decl && r.namespace == namespace;
    }

    @Override
    public int hashCode() { return System.identityHashCode(decl) * 31 + System.identityHashCode(namespace); }
}
