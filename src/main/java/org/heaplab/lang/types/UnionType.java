package org.heaplab.lang.types;

import java.util.List;

/** A union; tagged ({@code union(enum)}) unions carry an enum tag after the payload. */
public final class UnionType implements Type {
    public record Field(String name, Type type) {}

    private final String name;
    private final Namespace namespace;
    private List<Field> fields;
    private EnumType tag;
    private long size = -1;
    private int align;
    private long tagOffset;

    public UnionType(String name, Namespace namespace) {
        this.name = name;
        this.namespace = namespace;
        if (namespace != null) namespace.setOwner(this);
    }

    public void define(List<Field> fields, EnumType tag) {
        this.fields = List.copyOf(fields);
        this.tag = tag;
    }

    public String name() { return name; }

    public boolean fieldsResolved() { return fields != null; }

    public List<Field> fields() { return fields; }

    public int fieldIndex(String n) {
        for (int i = 0; i < fields.size(); i++) if (fields.get(i).name().equals(n)) return i;
        return -1;
    }

    /** The tag enum, or null for an untagged union. */
    public EnumType tag() { return tag; }

    public Namespace namespace() { return namespace; }

    private void layout() {
        if (size >= 0) return;
        long payload = 0;
        int a = 1;
        for (Field f : fields) {
            payload = Math.max(payload, Layout.sizeOf(f.type()));
            a = Math.max(a, Layout.alignOf(f.type()));
        }
        if (tag != null) {
            int ta = Layout.alignOf(tag.tagType());
            tagOffset = Layout.alignForward(payload, ta);
            a = Math.max(a, ta);
            size = Layout.alignForward(tagOffset + Layout.sizeOf(tag.tagType()), a);
        } else {
            size = Layout.alignForward(payload, a);
        }
        align = a;
    }

    public long size() {
        layout();
        return size;
    }

    public int align() {
        layout();
        return align;
    }

    public long tagOffset() {
        layout();
        return tagOffset;
    }

    @Override
    public String toString() { return name; }
}
