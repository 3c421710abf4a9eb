package org.heaplab.lang.types;

import java.math.BigInteger;
import java.util.List;

/** An enum: named fields with integer tag values, and a namespace of declarations. */
public final class EnumType implements Type {
    private final String name;
    private Type.Int tagType;
    private List<String> fields = List.of();
    private List<BigInteger> values = List.of();
    private final Namespace namespace;
    private boolean nonExhaustive;

    /** Where the enum is written (its keyword), for "enum declared here"; null for one made by @Type. */
    public org.heaplab.source.Span declaredAt;
    /** Where each field's name is written (for "unhandled enumeration value"), or empty. */
    public java.util.Map<String, org.heaplab.source.Span> fieldNames = new java.util.HashMap<>();

    public EnumType(String name, Namespace namespace) {
        this.name = name;
        this.namespace = namespace;
        if (namespace != null) namespace.setOwner(this);
    }

    public void define(Type.Int tagType, List<String> fields, List<BigInteger> values) {
        this.tagType = tagType;
        this.fields = List.copyOf(fields);
        this.values = List.copyOf(values);
    }

    public String name() { return name; }

    /** An enum with a {@code _} field: any value of the tag type is valid. */
    public boolean isNonExhaustive() { return nonExhaustive; }

    public void setNonExhaustive(boolean v) { this.nonExhaustive = v; }

    public Type.Int tagType() { return tagType; }

    public List<String> fields() { return fields; }

    public String fieldName(int i) { return fields.get(i); }

    public BigInteger fieldValue(int i) { return values.get(i); }

    public int indexOf(String field) { return fields.indexOf(field); }

    /** The field index whose tag value is {@code v}, or -1. */
    public int indexOfValue(BigInteger v) {
        for (int i = 0; i < values.size(); i++) if (values.get(i).equals(v)) return i;
        return -1;
    }

    public Namespace namespace() { return namespace; }

    @Override
    public String toString() { return name; }
}
