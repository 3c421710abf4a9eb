package org.heaplab.lang.types;

import org.heaplab.source.Span;

/** A container-level {@code var} (or a const whose address is taken), stored in the globals region. */
public final class GlobalVar {
    public final String name;
    public final String qualifiedName;
    public final Type type;
    public final Value init;
    public final boolean mutable;
    public final Span span;
    /** Its place in the program's list of globals, assigned by the checker. */
    public int index;

    public GlobalVar(String name, String qualifiedName, Type type, Value init, boolean mutable, Span span) {
        this.name = name;
        this.qualifiedName = qualifiedName;
        this.type = type;
        this.init = init;
        this.mutable = mutable;
        this.span = span;
    }
}
