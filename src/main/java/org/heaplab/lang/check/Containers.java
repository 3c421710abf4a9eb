package org.heaplab.lang.check;

import static org.heaplab.lang.check.Consts.*;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.Namespace;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.UnionType;
import org.heaplab.lang.types.Value;
import org.heaplab.source.Span;

/** Container building: the types struct, enum and union expressions denote, their fields resolved on first need, and field defaults. */
final class Containers {
    private final Sema sema;

    Containers(Sema sema) {
        this.sema = sema;
    }

    /** Makes the type a {@code struct}/{@code enum}/{@code union} expression denotes, named as Zig names it. */
    Type makeContainer(Ast.ContainerType ast, Scope scope, String name, Checker checker) {
        Namespace outer = scope.enclosingNamespace();
        var ns = new Namespace(name, outer != null ? outer.file() : sema.root, scope);
        sema.modules.declareMembers(ns, ast.body().members());
        // `zig test` runs the tests of the root file's containers the tests reach, in the order reached
        if (ns.file() == sema.root && checker.fn == null && ast.body().members().stream().anyMatch(m -> m instanceof Ast.TestDecl)) {
            sema.testContainers.add(new Sema.TestContainer(ns, ast.body().members()));
        }
        switch (ast.kind()) {
            case STRUCT -> {
                var plain = new StructType(name, StructType.Kind.STRUCT, ns, ast);
                plain.resolveWith(this::resolveFields);
                if (declaresTuple(ast)) plain.nameByFields();
                return plain;
            }
            case OPAQUE -> {
                var st = new StructType(name, StructType.Kind.STRUCT, ns, ast);
                st.resolveWith(this::resolveFields);
                st.setFields(List.of());
                return st;
            }
            case ENUM -> {
                var et = new EnumType(name, ns);
                et.declaredAt = Expressions.keywordSpan(ast);
                defineEnum(et, ast, scope, checker);
                return et;
            }
            case UNION -> {
                var ut = new UnionType(name, ns);
                ut.declaredAt = Expressions.keywordSpan(ast);
                defineUnion(ut, ast, scope, checker);
                return ut;
            }
        }
        throw new IllegalStateException();
    }

    void defineEnum(EnumType et, Ast.ContainerType ast, Scope scope, Checker checker) {
        List<String> names = new ArrayList<>();
        List<BigInteger> values = new ArrayList<>();
        BigInteger next = BigInteger.ZERO;
        Type.Int tag = null;
        if (ast.tagType() != null) {
            Type t = checker.types.resolveType(ast.tagType(), scope);
            if (!(t instanceof Type.Int it)) throw sema.error(ast.tagType().span(), "expected integer tag type, found '" + t.name() + "'");
            if (it.bits() > 64) throw sema.error(ast.tagType().span(), "Heap Lab does not support integers wider than 64 bits in enum tag types");
            tag = it;
        }
        java.util.Map<BigInteger, Span> taken = new java.util.HashMap<>();
        for (Ast.Member m : ast.body().members()) {
            if (!(m instanceof Ast.FieldDecl f)) continue;
            // what Zig's AstGen rejects in an enum's fields, field by field
            if (f.name() == null) throw sema.error(f.span(), "enum field missing name");
            if (f.type() != null) {
                throw sema.error(f.type().span(), "enum fields do not have types",
                        Checker.note(Expressions.keywordSpan(ast), "consider 'union(enum)' here to make it a tagged union"));
            }
            if (f.defaultValue() != null && ast.tagType() == null) throw sema.error(f.defaultValue().span(), "value assigned to enum tag with inferred tag type");
            if (f.name().equals("_")) {
                et.setNonExhaustive(true);
                continue;
            }
            if (f.defaultValue() != null) {
                Value v = checker.exprs.comptimeValue(f.defaultValue(), scope, new Type.ComptimeInt());
                if (v instanceof Value.IntV iv) next = iv.value();
            }
            // the value must fit the tag type and be the only one: Zig points at the value, or at the name of a counted one
            Span valueAt = f.defaultValue() != null ? f.defaultValue().span() : f.nameSpan();
            if (tag != null && !tag.fits(next)) {
                throw sema.error(valueAt, f.defaultValue() != null ? "type '" + tag.name() + "' cannot represent integer value '" + next + "'"
                        : "enumeration value '" + next + "' too large for type '" + tag.name() + "'");
            }
            Span other = taken.putIfAbsent(next, valueAt);
            if (other != null) throw sema.error(valueAt, "enum tag value " + next + " already taken", Checker.note(other, "other occurrence here"));
            names.add(f.name());
            et.fieldNames.put(f.name(), f.nameSpan());
            values.add(next);
            next = next.add(BigInteger.ONE);
        }
        if (tag == null) {
            BigInteger max = BigInteger.ZERO;
            for (BigInteger v : values) max = max.max(v);
            int bits = names.size() <= 1 ? 0 : max.bitLength();
            tag = new Type.Int(bits, false);
        }
        et.define(tag, names, values);
    }

    void defineUnion(UnionType ut, Ast.ContainerType ast, Scope scope, Checker checker) {
        List<String> names = new ArrayList<>();
        for (Ast.Member m : ast.body().members()) {
            if (!(m instanceof Ast.FieldDecl f)) continue;
            // a type alone (`union { a: u8, []const u8 }`) is a tuple field, which a union cannot have
            if (f.name() == null) throw sema.error(f.span(), "union field missing name");
            names.add(f.name());
        }
        EnumType tag = null;
        if (ast.taggedUnion()) {
            if (ast.tagType() != null) {
                Type t = checker.types.resolveType(ast.tagType(), scope);
                if (t instanceof EnumType e) tag = e;
            }
            if (tag == null) {
                tag = new EnumType("@typeInfo(" + ut.name() + ").@\"union\".tag_type.?", null);
                List<BigInteger> vals = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) vals.add(BigInteger.valueOf(i));
                tag.define(new Type.Int(names.size() <= 1 ? 0 : BigInteger.valueOf(names.size() - 1).bitLength(), false), names, vals);
                // the made tag is "declared" where the union is, its values at the union's fields (switch notes)
                tag.declaredAt = Expressions.keywordSpan(ast);
                for (Ast.Member m : ast.body().members()) {
                    if (m instanceof Ast.FieldDecl f && f.name() != null) tag.fieldNames.put(f.name(), f.nameSpan());
                }
            }
        }
        final EnumType tagType = tag;
        ut.setContainerLayout(ast.layout());
        ut.declare(names, tag, u -> {
            // the field types, on first need: a variant may hold a pointer to this union
            var c = new Checker(sema, null, scope);
            List<UnionType.Field> fields = new ArrayList<>();
            for (Ast.Member m : ast.body().members()) {
                if (!(m instanceof Ast.FieldDecl f)) continue;
                Type t = f.type() == null ? new Type.Void() : c.types.resolveType(f.type(), new Scope(scope, u.namespace()));
                fields.add(new UnionType.Field(f.name(), t));
            }
            u.define(fields, tagType);
        });
    }

    /** Resolves the fields of a struct on first need (types and default values). */
    void resolveFields(StructType st) {
        if (st.fieldsResolved()) return;
        if (st.fieldState == Namespace.State.RESOLVING) {
            throw sema.error(st.ast() != null ? st.ast().span() : Span.at(sema.root, 0), "struct '" + st.name() + "' depends on itself");
        }
        st.fieldState = Namespace.State.RESOLVING;
        if (st.ast() != null) st.partialAlign = () -> partialAlign(st);
        try {
            resolveFieldsNow(st);
        } catch (Sema.SemaError e) {
            st.fieldState = Namespace.State.UNRESOLVED;
            throw e;
        }
    }

    /**
     * A struct's alignment while its fields are being resolved, from their declarations: a
     * pointer field is pointer-aligned whatever it points to, so its type is not needed (Zig
     * leaves `@alignOf` lazy there); other fields' types are resolved.
     */
    private int partialAlign(StructType st) {
        Namespace ns = st.namespace();
        var scope = new Scope(Scope.of(ns), ns);
        var checker = new Checker(sema, null, scope);
        int a = 1;
        for (Ast.Member m : st.ast().body().members()) {
            if (!(m instanceof Ast.FieldDecl f)) continue;
            if (f.align() != null) {
                a = Math.max(a, intValue(checker.exprs.comptimeValue(f.align(), scope, new Type.Int(29, false))).intValue());
                continue;
            }
            Ast.Expr te = f.type() != null ? f.type() : new Ast.Identifier(f.name(), f.nameSpan());
            if (te instanceof Ast.PointerType || te instanceof Ast.OptionalType o && o.child() instanceof Ast.PointerType) {
                a = Math.max(a, org.heaplab.lang.types.Layout.POINTER_SIZE);
                continue;
            }
            Type t = checker.types.resolveType(te, scope);
            if (org.heaplab.lang.types.Layout.hasBits(t)) a = Math.max(a, org.heaplab.lang.types.Layout.alignOf(t));
        }
        return a;
    }

    /** Whether a struct expression declares a tuple: it has fields, none of them named. */
    private static boolean declaresTuple(Ast.ContainerType ast) {
        boolean any = false;
        for (Ast.Member m : ast.body().members()) {
            if (!(m instanceof Ast.FieldDecl f)) continue;
            if (f.name() != null && f.type() != null) return false;
            any = true;
        }
        return any;
    }

    void resolveFieldsNow(StructType st) {
        List<StructType.Field> fields = new ArrayList<>();
        Namespace ns = st.namespace();
        List<Ast.Member> members = st.ast() != null ? st.ast().body().members()
                : st.kind() == StructType.Kind.FILE ? sema.modules.asts.get(ns.file()).members() : List.of();
        var scope = new Scope(Scope.of(ns), ns);
        var checker = new Checker(sema, null, scope);
        boolean tuple = false;
        for (Ast.Member m : members) {
            if (!(m instanceof Ast.FieldDecl f)) continue;
            // a field with no name makes the struct a tuple (struct { u8, []const u8 }), its fields named by
            // position; a lone name is a tuple field whose type is that name, as Zig reads `struct { u32, u32 }`
            boolean unnamed = f.name() == null || f.type() == null;
            Ast.Expr typeExpr = f.type() != null ? f.type() : new Ast.Identifier(f.name(), f.nameSpan());
            Type t = checker.types.resolveType(typeExpr, scope);
            if (unnamed) tuple = true;
            String name = unnamed ? Integer.toString(fields.size()) : f.name();
            int align = 0;
            if (f.align() != null) align = intValue(checker.exprs.comptimeValue(f.align(), scope, new Type.Int(29, false))).intValue();
            fields.add(new StructType.Field(name, t, null, false, f.nameSpan(), f, align));
        }
        if (tuple) {
            for (StructType.Field f : fields) {
                if (f.ast() != null && f.ast().name() != null && f.ast().type() != null) throw sema.error(f.span(), "tuple field has a name");
            }
            st.markTuple();
            st.rename(StructType.tupleName(fields, 4096));
        }
        st.setFields(fields);
        if (st.isPacked()) packedBacking(st, checker, scope);
        if (checkingContainment == 0) rejectSelfContaining(st);
        else containmentPending.add(st);
    }

    /** A packed struct's fields must be integers, bools, enums or packed structs, as wide in all as its backing integer. */
    private void packedBacking(StructType st, Checker checker, Scope scope) {
        long bits = 0;
        for (StructType.Field f : st.fields()) {
            Type t = f.type();
            boolean ok = t instanceof Type.Int || t instanceof Type.Bool || t instanceof EnumType e && e.tagType() != null
                    || t instanceof StructType s && s.isPacked();
            if (!ok) throw sema.error(f.span(), "packed structs cannot contain fields of type '" + t.name() + "'");
            bits += org.heaplab.lang.types.Packed.bitSize(t);
        }
        if (bits > 64) throw sema.error(st.ast().span(), "Heap Lab does not support integers wider than 64 bits in packed structs");
        if (st.ast().tagType() != null) {
            Type t = checker.types.resolveType(st.ast().tagType(), scope);
            if (!(t instanceof Type.Int it)) throw sema.error(st.ast().tagType().span(), "expected backing integer type, found '" + t.name() + "'");
            if (it.bits() != bits) {
                throw sema.error(st.ast().tagType().span(), "backing integer type '" + it.name() + "' has bit size " + it.bits()
                        + " but the struct fields have a total bit size of " + bits);
            }
            st.setBacking(it);
        }
    }

    /** Nonzero while a containment check runs: structs it resolves on the way are checked by it. */
    int checkingContainment;

    /**
     * Structs whose fields were resolved while a containment check ran: each is checked for
     * holding itself once that check is over (the check only asks whether they hold its struct).
     */
    private final java.util.ArrayDeque<StructType> containmentPending = new java.util.ArrayDeque<>();

    /** A struct that holds itself by value (through fields, arrays, optionals) has no size: Zig's "depends on itself". */
    void rejectSelfContaining(StructType st) {
        if (st.ast() == null) return;
        boolean holds;
        checkingContainment++;
        try {
            holds = holdsByValue(st, st, new java.util.HashSet<>());
        } finally {
            checkingContainment--;
        }
        if (holds) {
            st.markDependsOnItself();
            int start = st.ast().span().start();
            throw sema.error(new Span(st.ast().span().file(), start, start + 6), "struct '" + st.name() + "' depends on itself");
        }
        while (checkingContainment == 0 && !containmentPending.isEmpty()) rejectSelfContaining(containmentPending.removeFirst());
    }

    static boolean holdsByValue(StructType holder, StructType target, java.util.Set<StructType> seen) {
        for (StructType.Field f : holder.fields()) if (contains(f.type(), target, seen)) return true;
        return false;
    }

    static boolean contains(Type t, StructType target, java.util.Set<StructType> seen) {
        return switch (t) {
            case StructType s -> s == target || seen.add(s) && holdsByValue(s, target, seen);
            case Type.Array a -> contains(a.child(), target, seen);
            case Type.Optional o -> contains(o.child(), target, seen);
            case Type.ErrorUnion eu -> contains(eu.payload(), target, seen);
            default -> false;
        };
    }

    /** The default value of a field, evaluated on first use. */
    Value fieldDefault(StructType st, int index) {
        StructType.Field f = st.fields().get(index);
        if (f.defaultValue() != null || f.ast() == null || f.ast().defaultValue() == null) return f.defaultValue();
        Namespace ns = st.namespace();
        var scope = new Scope(Scope.of(ns), ns);
        var checker = new Checker(sema, null, scope);
        return checker.exprs.comptimeValue(f.ast().defaultValue(), scope, f.type());
    }
}
