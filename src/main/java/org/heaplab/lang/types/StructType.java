package org.heaplab.lang.types;

import java.util.ArrayList;
import java.util.List;
import org.heaplab.lang.ast.Ast;
import org.heaplab.source.Span;

/**
 * A struct type: fields with their layout, and a namespace of declarations. Also files (a
 * file is a struct) and tuples (anonymous {@code .{a, b}} literals, whose fields are named
 * "0", "1", ...). Fields are resolved lazily, so a struct may refer to itself through pointers.
 */
public final class StructType implements Type {
    public enum Kind { STRUCT, TUPLE, FILE }

    /** A field; comptime fields (of tuples) hold a value and take no space; {@code alignment} 0 is the type's own. */
    public record Field(String name, Type type, Value defaultValue, boolean isComptime, Span span, Ast.FieldDecl ast, int alignment) {
        public Field(String name, Type type, Value defaultValue, boolean isComptime, Span span, Ast.FieldDecl ast) {
            this(name, type, defaultValue, isComptime, span, ast, 0);
        }

        /** The field's alignment in its struct: its {@code align(n)}, else its type's. */
        public int align() { return alignment != 0 ? alignment : Layout.alignOf(type); }
    }

    private String name;
    private final Kind kind;
    private final Namespace namespace;
    private final Ast.ContainerType ast;
    private List<Field> fields;
    private long[] offsets;
    private long size = -1;
    private int align;
    public Namespace.State fieldState = Namespace.State.UNRESOLVED;
    private final String layoutKind;

    public StructType(String name, Kind kind, Namespace namespace, Ast.ContainerType ast) {
        this(name, kind, namespace, ast, ast != null ? ast.layout() : null);
    }

    private StructType(String name, Kind kind, Namespace namespace, Ast.ContainerType ast, String layoutKind) {
        this.name = name;
        this.kind = kind;
        this.namespace = namespace;
        this.ast = ast;
        this.layoutKind = layoutKind;
        if (namespace != null) namespace.setOwner(this);
    }

    /** A struct made by {@code @Type}: its fields given, laid out at once; layout "extern" or null. */
    public static StructType reified(String name, List<Field> fields, String layout) {
        var t = new StructType(name, Kind.STRUCT, null, null, layout);
        t.setFields(fields);
        return t;
    }

    /** A tuple or anonymous struct type with the given fields, laid out at once. */
    public static StructType tuple(String name, List<Field> fields) {
        var t = new StructType(name, Kind.TUPLE, null, null);
        t.setFields(fields);
        return t;
    }

    public String name() {
        // a declared tuple is named by its fields, which may not be resolved yet
        if (namedByFields && fields == null && resolver != null && fieldState == Namespace.State.UNRESOLVED) resolver.accept(this);
        return name;
    }

    /** Zig 0.14's tuple types are structural: {@code struct { u8, bool }} is that type's name wherever it is declared. */
    private boolean namedByFields;

    public void nameByFields() { this.namedByFields = true; }

    /** The name Zig gives a tuple type of these fields, {@code struct { u8, comptime u8 = 3 }}, cut short past maxLength. */
    public static String tupleName(List<Field> fields, int maxLength) {
        if (fields.isEmpty()) return "@TypeOf(.{})";
        var sb = new StringBuilder("struct { ");
        for (int i = 0; i < fields.size() && sb.length() <= maxLength; i++) {
            if (i > 0) sb.append(", ");
            Field f = fields.get(i);
            if (f.isComptime()) sb.append("comptime ");
            sb.append(f.type().name());
            if (f.isComptime() && f.defaultValue() != null && sb.length() <= maxLength) sb.append(" = ").append(f.defaultValue().show());
        }
        if (sb.length() > maxLength) {
            sb.setLength(maxLength);
            sb.append("...");
        }
        return sb.append(" }").toString();
    }

    public void rename(String n) { this.name = n; }

    public Kind kind() { return kind; }

    public boolean isTuple() {
        if (kind == Kind.TUPLE) return true;
        if (fields == null && resolver != null && fieldState == Namespace.State.UNRESOLVED) resolver.accept(this);
        return declaredTuple;
    }

    /** A struct declared with unnamed fields, {@code struct { u8, []const u8 }}: a tuple type. */
    private boolean declaredTuple;

    public void markTuple() { this.declaredTuple = true; }

    public Namespace namespace() { return namespace; }

    public Ast.ContainerType ast() { return ast; }

    public boolean fieldsResolved() { return fields != null; }

    /** How the checker resolves the fields on first need (a layout asked for before any field use). */
    private java.util.function.Consumer<StructType> resolver;

    public void resolveWith(java.util.function.Consumer<StructType> r) { this.resolver = r; }

    public List<Field> fields() {
        if (fields == null && resolver != null) resolver.accept(this);
        if (fields == null) throw new IllegalStateException("fields of " + name + " not resolved");
        return fields;
    }

    public void setFields(List<Field> fields) {
        this.fields = List.copyOf(fields);
        this.fieldState = Namespace.State.RESOLVED;
    }

    public int fieldIndex(String fieldName) {
        for (int i = 0; i < fields().size(); i++) if (fields.get(i).name().equals(fieldName)) return i;
        return -1;
    }

    public Field field(String fieldName) {
        int i = fieldIndex(fieldName);
        return i < 0 ? null : fields.get(i);
    }

    public boolean isExtern() { return "extern".equals(layoutKind); }

    public boolean isPacked() { return "packed".equals(layoutKind); }

    /** A packed struct's backing integer: the one its declaration names, else as wide as its fields. */
    private Type.Int backing;
    private long[] bitOffsets;

    public void setBacking(Type.Int t) { this.backing = t; }

    private boolean computingBacking;

    public Type.Int backing() {
        if (backing == null) {
            // a packed struct that holds itself has no width: a placeholder while the fields are
            // summed, and the checker reports "depends on itself" (Containers.rejectSelfContaining)
            if (computingBacking) return new Type.Int(0, false);
            computingBacking = true;
            try {
                long bits = 0;
                for (Field f : fields()) bits += Packed.bitSize(f.type());
                backing = new Type.Int((int) Math.min(bits, 65535), false);
            } finally {
                computingBacking = false;
            }
        }
        return backing;
    }

    private void computePackedLayout() {
        List<Field> fs = fields();
        offsets = new long[fs.size()];
        bitOffsets = new long[fs.size()];
        long bit = 0;
        for (int i = 0; i < fs.size(); i++) {
            bitOffsets[i] = bit;
            offsets[i] = bit / 8;
            bit += Packed.bitSize(fs.get(i).type());
        }
        align = Layout.alignOf(backing());
        size = Layout.sizeOf(backing());
    }

    /** Lays the fields out: extern structs in declaration order, others by alignment (largest first), as Zig does. */
    public void computeLayout() {
        if (size >= 0) return;
        // the checker rejects a struct that holds itself by value before its layout is asked for;
        // should one get through, this is a clear failure of the lab, not a recursion without end
        if (layingOut) throw new IllegalStateException("the layout of struct '" + name + "' depends on itself");
        layingOut = true;
        try {
            layOut();
        } finally {
            layingOut = false;
        }
    }

    private boolean layingOut;
    private boolean dependsOnItself;

    /**
     * Marks a struct the checker reported as holding itself by value: it has no layout, and the
     * checking of the rest of the program (which goes on to find more errors) sees it as empty.
     */
    public void markDependsOnItself() {
        dependsOnItself = true;
        if (size < 0) {
            size = 0;
            align = 1;
            offsets = new long[fields == null ? 0 : fields.size()];
        }
    }

    private void layOut() {
        if (isPacked()) {
            computePackedLayout();
            return;
        }
        List<Field> fs = fields();
        offsets = new long[fs.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < fs.size(); i++) order.add(i);
        if (!isExtern() && !isTuple()) {
            order.sort((a, b) -> Integer.compare(fs.get(b).align(), fs.get(a).align()));
        }
        long off = 0;
        int maxAlign = 1;
        for (int i : order) {
            Field f = fs.get(i);
            if (f.isComptime() || Layout.sizeOf(f.type()) == 0) {
                offsets[i] = off;
                continue;
            }
            int a = f.align();
            off = Layout.alignForward(off, a);
            offsets[i] = off;
            off += Layout.sizeOf(f.type());
            maxAlign = Math.max(maxAlign, a);
        }
        align = maxAlign;
        size = Layout.alignForward(off, maxAlign);
        if (fs.stream().allMatch(f -> f.isComptime() || Layout.sizeOf(f.type()) == 0)) size = 0;
    }

    public long size() {
        computeLayout();
        return size;
    }

    /**
     * The alignment: the largest of its fields' that take memory. Computed without the layout (so
     * without sizes), as Zig resolves alignment apart from layout; while the fields are being
     * resolved (a field's type asks for the struct's own alignment, through a pointer:
     * `bytes: [*]align(@alignOf(T)) u8` in MultiArrayList(T) of a T that holds the list) the
     * checker's {@link #partialAlign} answers from the field declarations.
     */
    public int align() {
        if (size >= 0 || packedOrExternLayout()) {
            computeLayout();
            return align;
        }
        if (fieldState == Namespace.State.RESOLVING && fields == null && partialAlign != null) return partialAlign.getAsInt();
        if (askingAlign) return 1;
        askingAlign = true;
        try {
            int a = 1;
            for (Field f : fields()) if (!f.isComptime() && Layout.hasBits(f.type())) a = Math.max(a, f.align());
            return a;
        } finally {
            askingAlign = false;
        }
    }

    private boolean packedOrExternLayout() { return layoutKind != null; }

    private boolean askingAlign;
    private boolean askingBits;

    /** How the checker answers {@link #align} from the field declarations while the fields are resolved. */
    public java.util.function.IntSupplier partialAlign;

    /** Whether the struct takes memory (a field that does), without laying it out. */
    public boolean hasBits() {
        if (size >= 0) return size > 0;
        if (fieldState == Namespace.State.RESOLVING && fields == null || askingBits) return true;
        askingBits = true;
        try {
            for (Field f : fields()) if (!f.isComptime() && Layout.hasBits(f.type())) return true;
            return false;
        } finally {
            askingBits = false;
        }
    }

    public long offsetOf(int fieldIndex) {
        computeLayout();
        return offsets[fieldIndex];
    }

    /** The field's offset in bits from the start of the struct. */
    public long bitOffsetOf(int fieldIndex) {
        computeLayout();
        return isPacked() ? bitOffsets[fieldIndex] : offsets[fieldIndex] * 8;
    }

    /** Set while {@link #isComptimeOnly} looks at the fields (a struct reaches itself through a pointer). */
    private boolean askingComptimeOnly;

    @Override
    public boolean isComptimeOnly() {
        // fields not resolved yet are resolved now (a function returning a struct of comptime_int fields runs at comptime)
        if (fields == null && resolver != null && fieldState == Namespace.State.UNRESOLVED && !askingComptimeOnly) resolver.accept(this);
        if (fields == null || askingComptimeOnly) return false;
        askingComptimeOnly = true;
        try {
            for (Field f : fields) if (!f.isComptime() && f.type().isComptimeOnly()) return true;
            return false;
        } finally {
            askingComptimeOnly = false;
        }
    }

    @Override
    public String toString() { return name; }
}
