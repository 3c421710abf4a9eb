package org.heaplab.lang.types;

import java.util.LinkedHashMap;
import java.util.Map;
import org.heaplab.lang.ast.Ast;
import org.heaplab.source.SourceFile;

/**
 * The declarations of a container (a file, struct, enum or union), resolved lazily as Zig does:
 * a declaration is analysed the first time something names it. {@code scope} is where the
 * container was written, so a generic's struct sees its comptime parameters.
 */
public final class Namespace {
    public enum State { UNRESOLVED, RESOLVING, RESOLVED, FAILED }

    /** One container-level declaration and, once resolved, its value or global. */
    public static final class Decl {
        public final String name;
        public final Ast.Member member;
        public final boolean isPub;
        public State state = State.UNRESOLVED;
        public Type type;
        public Value value;
        /** For {@code var} declarations: the global that holds it. */
        public GlobalVar global;
        /** The error that made resolution fail (re-resolved if a quiet attempt withdrew it). */
        public org.heaplab.diag.Diagnostic failure;

        Decl(String name, Ast.Member member, boolean isPub) {
            this.name = name;
            this.member = member;
            this.isPub = isPub;
        }
    }

    private final Map<String, Decl> decls = new LinkedHashMap<>();
    private final String qualifiedName;
    private final SourceFile file;
    private final Origin scope;
    private Type owner;

    public Namespace(String qualifiedName, SourceFile file, Origin scope) {
        this.qualifiedName = qualifiedName;
        this.file = file;
        this.scope = scope;
    }

    public void add(String name, Ast.Member member, boolean isPub) {
        decls.putIfAbsent(name, new Decl(name, member, isPub));
    }

    public Decl get(String name) { return decls.get(name); }

    public Map<String, Decl> decls() { return decls; }

    /** The prefix of the names of types declared here, e.g. {@code main} or {@code heap.general_purpose_allocator}. */
    public String qualifiedName() { return qualifiedName; }

    public SourceFile file() { return file; }

    /** The scope the container was written in (for generic parameters). */
    public Origin scope() { return scope; }

    /**
     * Where a container was written: the checker's lexical scope (its names, a generic's comptime
     * parameters among them). Only the checker looks inside; to everyone else it is opaque.
     */
    public interface Origin {}

    public Type owner() { return owner; }

    public void setOwner(Type owner) { this.owner = owner; }
}
