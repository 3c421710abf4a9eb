package org.heaplab.lang.types;

import java.util.List;

/**
 * A union; tagged ({@code union(enum)}) unions carry an enum tag after the payload. The field
 * names are known at once, their types on first need, so a variant may point to its own union
 * ({@code neg: *Expr}).
 */
public final class UnionType implements Type {
    public record Field(String name, Type type) {}

    private final String name;
    private final Namespace namespace;
    private List<String> names = List.of();
    private List<Field> fields;
    private EnumType tag;
    private java.util.function.Consumer<UnionType> resolver;
    private boolean resolving;
    private long size = -1;
    private int align;
    private long tagOffset;

    /** Where the union is declared (its `union` keyword), for "union declared here" notes; null for made ones. */
    public org.heaplab.source.Span declaredAt;

    public UnionType(String name, Namespace namespace) {
        this.name = name;
        this.namespace = namespace;
        if (namespace != null) namespace.setOwner(this);
    }

    public void define(List<Field> fields, EnumType tag) {
        this.fields = List.copyOf(fields);
        this.names = fields.stream().map(Field::name).toList();
        this.tag = tag;
    }

    /** The names and tag now; the field types when {@code resolver} defines them, on first need. */
    public void declare(List<String> names, EnumType tag, java.util.function.Consumer<UnionType> resolver) {
        this.names = List.copyOf(names);
        this.tag = tag;
        this.resolver = resolver;
    }

    private String containerLayout;

    /** {@code "extern"}, {@code "packed"}, or null for an auto-layout union. */
    public String containerLayout() { return containerLayout; }

    public void setContainerLayout(String layout) { this.containerLayout = layout; }

    /** Whether the field types are being resolved right now (a union holding itself by value). */
    public boolean isResolving() { return resolving; }

    public String name() { return name; }

    public boolean fieldsResolved() { return fields != null; }

    public List<Field> fields() {
        if (fields == null && resolver != null && !resolving) {
            resolving = true;
            try {
                resolver.accept(this);
            } finally {
                resolving = false;
            }
        }
        if (fields == null) throw new IllegalStateException("fields of " + name + " not resolved");
        return fields;
    }

    public List<String> fieldNames() { return names; }

    public int fieldIndex(String n) { return names.indexOf(n); }

    /** The tag enum, or null for an untagged union. */
    public EnumType tag() { return tag; }

    private EnumType safetyTag;

    /**
     * The tag kept in memory: the declared one, or for an auto-layout union of two or more fields
     * the hidden safety tag Zig's safe modes add (so reading a field that is not the active one
     * panics, and {@code @sizeOf} counts the tag). Null for extern and packed unions.
     */
    public EnumType storedTag() {
        if (tag != null || containerLayout != null || names.size() < 2) return tag;
        if (safetyTag == null) {
            safetyTag = new EnumType(name + ".safety_tag", null);
            List<java.math.BigInteger> vals = new java.util.ArrayList<>();
            for (int i = 0; i < names.size(); i++) vals.add(java.math.BigInteger.valueOf(i));
            safetyTag.define(new Type.Int(java.math.BigInteger.valueOf(names.size() - 1).bitLength(), false), names, vals);
        }
        return safetyTag;
    }

    public Namespace namespace() { return namespace; }

    private void layout() {
        if (size >= 0) return;
        long payload = 0;
        int a = 1;
        for (Field f : fields()) {
            payload = Math.max(payload, Layout.sizeOf(f.type()));
            a = Math.max(a, Layout.alignOf(f.type()));
        }
        EnumType stored = storedTag();
        if (stored != null) {
            int ta = Layout.alignOf(stored.tagType());
            tagOffset = Layout.alignForward(payload, ta);
            a = Math.max(a, ta);
            size = Layout.alignForward(tagOffset + Layout.sizeOf(stored.tagType()), a);
        } else {
            size = Layout.alignForward(payload, a);
        }
        align = a;
    }

    public long size() {
        layout();
        return size;
    }

    /** The alignment: its fields' and tag's largest, computed without the layout (see StructType.align). */
    public int align() {
        if (size >= 0 || askingAlign) {
            layout();
            return align;
        }
        askingAlign = true;
        try {
            int a = 1;
            for (Field f : fields()) a = Math.max(a, Layout.alignOf(f.type()));
            if (storedTag() != null) a = Math.max(a, Layout.alignOf(storedTag().tagType()));
            return a;
        } finally {
            askingAlign = false;
        }
    }

    private boolean askingAlign;
    private boolean askingBits;

    /** Whether the union takes memory, without laying it out. */
    public boolean hasBits() {
        if (size >= 0) return size > 0;
        if (askingBits || resolving) return true;
        askingBits = true;
        try {
            if (storedTag() != null && Layout.hasBits(storedTag().tagType())) return true;
            for (Field f : fields()) if (Layout.hasBits(f.type())) return true;
            return false;
        } finally {
            askingBits = false;
        }
    }

    public long tagOffset() {
        layout();
        return tagOffset;
    }

    private boolean askingComptimeOnly;

    /** A union with a comptime-only variant (std.builtin.Type, with its `type` fields) exists only while compiling. */
    @Override
    public boolean isComptimeOnly() {
        if (askingComptimeOnly || resolving || fields == null && resolver == null) return false;
        askingComptimeOnly = true;
        try {
            for (Field f : fields()) if (f.type().isComptimeOnly()) return true;
            return false;
        } finally {
            askingComptimeOnly = false;
        }
    }

    @Override
    public String toString() { return name; }
}
