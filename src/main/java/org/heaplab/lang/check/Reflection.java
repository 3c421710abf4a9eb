package org.heaplab.lang.check;

import static org.heaplab.lang.check.Consts.*;
import static org.heaplab.lang.check.TypeRules.*;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.ErrorSetType;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.Namespace;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.UnionType;
import org.heaplab.lang.types.Value;
import org.heaplab.source.Span;

/**
 * Types as values: {@code @typeInfo(T)} describes a type as a {@code std.builtin.Type} (the
 * union written in Heap Lab's std/builtin.zig, as in Zig's), and {@code @Type(info)} makes the
 * type a description denotes. Slices in a description ({@code fields}, {@code decls}) are
 * comptime slices: pointers to comptime arrays of values.
 */
final class Reflection {
    private final Checker cx;

    Reflection(Checker cx) {
        this.cx = cx;
    }

    // ------------------------------------------------------------------ std.builtin

    private StructType builtinFile() { return cx.sema.modules.loadLibrary("builtin.zig"); }

    /** A declaration of std.builtin (or of a type nested in it) that is a type. */
    private Type builtinType(String... path) {
        Namespace ns = builtinFile().namespace();
        Type t = null;
        for (String p : path) {
            Value v = cx.sema.decls.resolveDeclValue(ns, p, null);
            if (!(v instanceof Value.TypeV tv)) throw new IllegalStateException("std.builtin has no type " + String.join(".", path));
            t = tv.type();
            ns = t instanceof StructType st ? st.namespace() : t instanceof UnionType ut ? ut.namespace() : t instanceof EnumType et ? et.namespace() : null;
        }
        return t;
    }

    /** {@code std.builtin.Type}. */
    UnionType typeUnion() { return (UnionType) builtinType("Type"); }

    // ------------------------------------------------------------------ @src

    /**
     * {@code @src()}: a comptime {@code std.builtin.SourceLocation} of the call, named as Zig names
     * it: the root module by its file's stem, the file by its name, the function by its own (unqualified) name.
     */
    Ir.Expr src(Ast.BuiltinCall b) {
        if (!b.args().isEmpty()) throw cx.error(b.span(), "expected 0 arguments, found " + b.args().size());
        if (cx.fn == null) throw cx.error(b.span(), "@src outside function");
        org.heaplab.source.SourceFile file = b.span().file();
        StructType loc = (StructType) builtinType("SourceLocation");
        cx.sema.containers.resolveFields(loc);
        String fnName = cx.fn.name;
        int dot = fnName.startsWith("test.") ? -1 : fnName.lastIndexOf('.');
        if (dot >= 0) fnName = fnName.substring(dot + 1);
        return konst(loc, aggregate(loc, fields("module", str(file.isLibrary() ? "std" : file.moduleName()), "file", str(file.name()), "fn_name", str(fnName),
                "line", Value.IntV.of(file.lineOf(b.span().start())), "column", Value.IntV.of(file.columnOf(b.span().start())))), b.span());
    }

    // ------------------------------------------------------------------ @typeInfo

    Ir.Expr typeInfo(Ast.BuiltinCall b) {
        if (b.args().size() != 1) throw cx.error(b.span(), "expected 1 argument, found " + b.args().size());
        Type t = cx.types.typeOf(b.args().get(0));
        return konst(typeUnion(), info(t, b.span()), b.span());
    }

    Value info(Type t, Span at) {
        UnionType u = typeUnion();
        return switch (t) {
            case Type.TypeType x -> tag(u, "type");
            case Type.Void x -> tag(u, "void");
            case Type.Bool x -> tag(u, "bool");
            case Type.NoReturn x -> tag(u, "noreturn");
            case Type.ComptimeInt x -> tag(u, "comptime_int");
            case Type.ComptimeFloat x -> tag(u, "comptime_float");
            case Type.Undefined x -> tag(u, "undefined");
            case Type.Null x -> tag(u, "null");
            case Type.EnumLiteral x -> tag(u, "enum_literal");
            case Type.Int i -> variant(u, "int", fields("signedness", enumValue(builtinType("Signedness"), i.signed() ? "signed" : "unsigned"),
                    "bits", Value.IntV.of(i.bits())));
            case Type.Float f -> variant(u, "float", fields("bits", Value.IntV.of(f.bits())));
            case Type.Pointer p -> variant(u, "pointer", fields(
                    "size", enumValue(builtinType("Type", "Pointer", "Size"), switch (p.size()) {
                        case ONE -> "one";
                        case MANY -> "many";
                        case SLICE -> "slice";
                        case C -> "c";
                    }),
                    "is_const", Value.BoolV.of(p.isConst()),
                    "is_volatile", Value.BoolV.FALSE,
                    "alignment", Value.IntV.of(p.alignment() != 0 ? p.alignment() : Layout.alignOf(p.child())),
                    "address_space", enumValue(builtinType("AddressSpace"), "generic"),
                    "child", new Value.TypeV(p.child()),
                    "is_allowzero", Value.BoolV.FALSE,
                    "sentinel_ptr", optionalRef(p.sentinel(), p.child())));
            case Type.Array a -> variant(u, "array", fields("len", Value.IntV.of(a.length()), "child", new Value.TypeV(a.child()),
                    "sentinel_ptr", optionalRef(a.sentinel(), a.child())));
            case Type.Vector v -> variant(u, "vector", fields("len", Value.IntV.of(v.length()), "child", new Value.TypeV(v.child())));
            case Type.Optional o -> variant(u, "optional", fields("child", new Value.TypeV(o.child())));
            case Type.ErrorUnion eu -> variant(u, "error_union", fields("error_set", new Value.TypeV(eu.errorSet()),
                    "payload", new Value.TypeV(eu.payload())));
            case ErrorSetType es -> variant(u, "error_set", errorSet(es));
            case StructType st -> variant(u, "struct", struct(st));
            case EnumType et -> variant(u, "enum", fields("tag_type", new Value.TypeV(et.tagType()),
                    "fields", slice(builtinType("Type", "EnumField"), enumFields(et)),
                    "decls", decls(et.namespace()),
                    "is_exhaustive", Value.BoolV.of(!et.isNonExhaustive())));
            case UnionType ut -> variant(u, "union", union(ut));
            case Type.Fn f -> variant(u, "fn", fn(f));
            case Type.AnyOpaque x -> variant(u, "opaque", fields("decls", decls(null)));
            default -> throw cx.error(at, "Heap Lab cannot describe type '" + t.name() + "' with @typeInfo yet");
        };
    }

    private Map<String, Value> struct(StructType st) {
        cx.sema.containers.resolveFields(st);
        StructType fieldType = (StructType) builtinType("Type", "StructField");
        List<Value> fs = new ArrayList<>();
        for (int i = 0; i < st.fields().size(); i++) {
            StructType.Field f = st.fields().get(i);
            Value def = f.isComptime() ? f.defaultValue() : cx.sema.containers.fieldDefault(st, i);
            fs.add(aggregate(fieldType, fields("name", str(f.name()), "type", new Value.TypeV(f.type()),
                    "default_value_ptr", optionalRef(def, f.type()), "is_comptime", Value.BoolV.of(f.isComptime()),
                    "alignment", Value.IntV.of(f.align()))));
        }
        String layout = st.isExtern() ? "extern" : st.isPacked() ? "packed" : "auto";
        return fields("layout", enumValue(builtinType("Type", "ContainerLayout"), layout),
                "backing_integer", Value.NullV.INSTANCE,
                "fields", slice(fieldType, fs),
                "decls", decls(st.namespace()),
                // an anonymous struct literal's type (.{ .a = 1 }) is no tuple: only unnamed fields make one
                "is_tuple", Value.BoolV.of(st.isTuple() && (st.fields().isEmpty() || st.fields().get(0).name().equals("0"))));
    }

    private List<Value> enumFields(EnumType et) {
        StructType fieldType = (StructType) builtinType("Type", "EnumField");
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < et.fields().size(); i++) {
            out.add(aggregate(fieldType, fields("name", str(et.fieldName(i)), "value", new Value.IntV(et.fieldValue(i)))));
        }
        return out;
    }

    private Map<String, Value> union(UnionType ut) {
        StructType fieldType = (StructType) builtinType("Type", "UnionField");
        List<Value> fs = new ArrayList<>();
        for (UnionType.Field f : ut.fields()) {
            fs.add(aggregate(fieldType, fields("name", str(f.name()), "type", new Value.TypeV(f.type()),
                    "alignment", Value.IntV.of(Layout.alignOf(f.type())))));
        }
        String layout = ut.containerLayout() != null ? ut.containerLayout() : "auto";
        return fields("layout", enumValue(builtinType("Type", "ContainerLayout"), layout),
                "tag_type", ut.tag() == null ? Value.NullV.INSTANCE : new Value.OptionalV(new Value.TypeV(ut.tag())),
                "fields", slice(fieldType, fs),
                "decls", decls(ut.namespace()));
    }

    private Map<String, Value> fn(Type.Fn f) {
        StructType paramType = (StructType) builtinType("Type", "Fn", "Param");
        List<Value> ps = new ArrayList<>();
        for (Type p : f.params()) {
            ps.add(aggregate(paramType, fields("is_generic", Value.BoolV.of(p instanceof Type.AnyType), "is_noalias", Value.BoolV.FALSE,
                    "type", p instanceof Type.AnyType ? Value.NullV.INSTANCE : new Value.OptionalV(new Value.TypeV(p)))));
        }
        return fields("calling_convention", enumValue(builtinType("CallingConvention"), "auto"),
                "is_generic", Value.BoolV.of(f.returnType() instanceof Type.AnyType),
                "is_var_args", Value.BoolV.FALSE,
                "return_type", f.returnType() instanceof Type.AnyType ? Value.NullV.INSTANCE : new Value.OptionalV(new Value.TypeV(f.returnType())),
                "params", slice(paramType, ps));
    }

    /** {@code ?[]const Error}: null for anyerror, else the names. */
    private Value errorSet(ErrorSetType es) {
        if (es.isAnyError() || es.names() == null) return Value.NullV.INSTANCE;
        StructType errType = (StructType) builtinType("Type", "Error");
        List<Value> out = new ArrayList<>();
        for (String n : es.names()) out.add(aggregate(errType, fields("name", str(n))));
        return new Value.OptionalV(slice(errType, out));
    }

    private Value decls(Namespace ns) {
        StructType declType = (StructType) builtinType("Type", "Declaration");
        List<Value> out = new ArrayList<>();
        if (ns != null) {
            for (Namespace.Decl d : ns.decls().values()) if (d.isPub) out.add(aggregate(declType, fields("name", str(d.name))));
        }
        return slice(declType, out);
    }

    // ------------------------------------------------------------------ @Type

    Ir.Expr reify(Ast.BuiltinCall b) {
        if (b.args().size() != 1) throw cx.error(b.span(), "expected 1 argument, found " + b.args().size());
        UnionType u = typeUnion();
        Value v = cx.exprs.comptimeValue(b.args().get(0), cx.scope, u);
        if (!(v instanceof Value.UnionV uv)) throw cx.error(b.args().get(0).span(), "unable to resolve comptime value");
        // Zig reads every part of the description: an undefined one (`.{ .pointer = undefined }`) is undefined behavior
        if (hasUndefined(uv.payload())) throw cx.error(Checker.mainSpan(b.args().get(0)), "use of undefined value here causes undefined behavior");
        String tag = u.fields().get(uv.fieldIndex()).name();
        Type t = switch (tag) {
            case "type" -> TYPE;
            case "void" -> VOID;
            case "bool" -> BOOL;
            case "noreturn" -> NORETURN;
            case "comptime_int" -> COMPTIME_INT;
            case "comptime_float" -> COMPTIME_FLOAT;
            case "null" -> NULL;
            case "undefined" -> UNDEFINED;
            case "enum_literal" -> ENUM_LITERAL;
            case "int" -> new Type.Int(intOf(uv.payload(), "bits"), enumName(uv.payload(), "signedness").equals("signed"));
            case "float" -> new Type.Float(intOf(uv.payload(), "bits"));
            case "optional" -> new Type.Optional(typeOf(uv.payload(), "child"));
            case "array" -> {
                Type child = typeOf(uv.payload(), "child");
                yield new Type.Array(intOf(uv.payload(), "len"), child, sentinel(uv.payload(), child));
            }
            case "vector" -> cx.vectors.make(intOf(uv.payload(), "len"), typeOf(uv.payload(), "child"), b.span());
            case "pointer" -> {
                Type child = typeOf(uv.payload(), "child");
                Type.PtrSize size = switch (enumName(uv.payload(), "size")) {
                    case "one" -> Type.PtrSize.ONE;
                    case "many" -> Type.PtrSize.MANY;
                    case "slice" -> Type.PtrSize.SLICE;
                    default -> Type.PtrSize.C;
                };
                int align = intOf(uv.payload(), "alignment");
                if (align == Layout.alignOf(child)) align = 0;
                yield new Type.Pointer(size, child, ((Value.BoolV) part(uv.payload(), "is_const")).value(), sentinel(uv.payload(), child), align);
            }
            case "error_union" -> {
                Type es = typeOf(uv.payload(), "error_set");
                if (!(es instanceof ErrorSetType set)) throw cx.error(b.span(), "expected error set type, found '" + es.name() + "'");
                yield new Type.ErrorUnion(set, typeOf(uv.payload(), "payload"));
            }
            case "error_set" -> {
                if (uv.payload() instanceof Value.NullV) yield ErrorSetType.ANYERROR;
                LinkedHashSet<String> names = new LinkedHashSet<>();
                for (Value e : cx.comptime.elementsOf(((Value.OptionalV) uv.payload()).payload(), null)) {
                    String n = string(part(e, "name"));
                    names.add(n);
                    cx.sema.errorCode(n);
                }
                yield ErrorSetType.of("error{" + String.join(",", names) + "}", names);
            }
            case "struct" -> reifyStruct(uv.payload(), b.span());
            case "enum" -> reifyEnum(uv.payload(), b.span());
            case "union" -> reifyUnion(uv.payload(), b.span());
            default -> throw cx.error(b.span(), "Heap Lab cannot make a type with @Type(.{ ." + tag + " = ... }) yet");
        };
        return konst(TYPE, new Value.TypeV(t), b.span());
    }

    private Type reifyStruct(Value info, Span at) {
        List<StructType.Field> fs = new ArrayList<>();
        for (Value f : cx.comptime.elementsOf(part(info, "fields"), null)) {
            Type ft = typeOf(f, "type");
            Value defPtr = part(f, "default_value_ptr");
            if (defPtr instanceof Value.OptionalV o) defPtr = o.payload();
            Value def = defPtr instanceof Value.RefV r ? r.target() : defPtr instanceof Value.CellPtrV cp ? cx.places.load(cp) : null;
            boolean isComptime = ((Value.BoolV) part(f, "is_comptime")).value();
            fs.add(new StructType.Field(string(part(f, "name")), ft, def, isComptime, at, null));
        }
        boolean tuple = ((Value.BoolV) part(info, "is_tuple")).value();
        String name = cx.nameHint != null ? cx.nameHint : anonymousName(at);
        cx.nameHint = null;
        // a tuple type is structural: named by its fields (std.meta.Tuple(&.{ u8, bool }) is struct { u8, bool }),
        // and a declared tuple type, which a literal .{ a, b } initializes field by field
        if (tuple) {
            StructType t = StructType.reified(StructType.tupleName(fs, 4096), fs, null);
            t.markTuple();
            return t;
        }
        return StructType.reified(name, fs, enumName(info, "layout").equals("extern") ? "extern" : null);
    }

    private Type reifyEnum(Value info, Span at) {
        Type tag = typeOf(info, "tag_type");
        if (!(tag instanceof Type.Int it)) throw cx.error(at, "expected integer tag type, found '" + tag.name() + "'");
        List<String> names = new ArrayList<>();
        List<BigInteger> values = new ArrayList<>();
        for (Value f : cx.comptime.elementsOf(part(info, "fields"), null)) {
            names.add(string(part(f, "name")));
            values.add(intValue(part(f, "value")));
        }
        String name = cx.nameHint != null ? cx.nameHint : anonymousName(at);
        cx.nameHint = null;
        var et = new EnumType(name, null);
        et.define(it, names, values);
        et.setNonExhaustive(!((Value.BoolV) part(info, "is_exhaustive")).value());
        return et;
    }

    private Type reifyUnion(Value info, Span at) {
        List<UnionType.Field> fs = new ArrayList<>();
        for (Value f : cx.comptime.elementsOf(part(info, "fields"), null)) fs.add(new UnionType.Field(string(part(f, "name")), typeOf(f, "type")));
        Value tagPart = part(info, "tag_type");
        if (tagPart instanceof Value.OptionalV o) tagPart = o.payload();
        EnumType tag = null;
        if (tagPart instanceof Value.TypeV tv) {
            if (!(tv.type() instanceof EnumType et)) throw cx.error(at, "expected enum tag type, found '" + tv.type().name() + "'");
            tag = et;
        }
        String name = cx.nameHint != null ? cx.nameHint : anonymousName(at);
        cx.nameHint = null;
        var ut = new UnionType(name, null);
        ut.define(fs, tag);
        String layout = enumName(info, "layout");
        if (!layout.equals("auto")) ut.setContainerLayout(layout);
        return ut;
    }

    private String anonymousName(Span at) {
        Namespace ns = cx.scope.enclosingNamespace();
        return (ns != null ? ns.qualifiedName() : "main") + "__type_" + at.line() + "_" + at.column();
    }

    // ------------------------------------------------------------------ values

    private static Map<String, Value> fields(Object... nameValue) {
        Map<String, Value> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) m.put((String) nameValue[i], (Value) nameValue[i + 1]);
        return m;
    }

    private Value tag(UnionType u, String name) {
        return new Value.UnionV(u, u.fieldIndex(name), Value.VoidV.INSTANCE);
    }

    private Value variant(UnionType u, String name, Map<String, Value> payload) {
        int i = u.fieldIndex(name);
        Type pt = u.fields().get(i).type();
        if (pt instanceof StructType st) return new Value.UnionV(u, i, aggregate(st, payload));
        return new Value.UnionV(u, i, payload.values().iterator().next());
    }

    private Value variant(UnionType u, String name, Value payload) {
        return new Value.UnionV(u, u.fieldIndex(name), payload);
    }

    /** A struct value from field values by name; fields not given take their defaults. */
    private Value aggregate(StructType st, Map<String, Value> values) {
        cx.sema.containers.resolveFields(st);
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < st.fields().size(); i++) {
            StructType.Field f = st.fields().get(i);
            Value v = values.get(f.name());
            if (v == null) v = cx.sema.containers.fieldDefault(st, i);
            if (v == null) throw new IllegalStateException("no value for " + st.name() + "." + f.name());
            out.add(v);
        }
        return new Value.AggregateV(st, out);
    }

    private static Value enumValue(Type t, String name) {
        EnumType et = (EnumType) t;
        return new Value.EnumV(et, et.indexOf(name));
    }

    /** A comptime slice: a pointer to a comptime array of the elements. */
    static Value slice(Type elem, List<Value> elems) {
        Type.Array at = new Type.Array(elems.size(), elem);
        return new Value.RefV(new Value.AggregateV(at, elems), at);
    }

    private static Value str(String s) { return new Value.StringV(s.getBytes(StandardCharsets.UTF_8)); }

    private static Value optionalRef(Value v, Type t) {
        return v == null ? Value.NullV.INSTANCE : new Value.OptionalV(new Value.RefV(v, t));
    }

    private static boolean hasUndefined(Value v) {
        return switch (v) {
            case Value.UndefV u -> true;
            case Value.AggregateV a -> a.elements().stream().anyMatch(Reflection::hasUndefined);
            case Value.OptionalV o -> o.payload() != null && hasUndefined(o.payload());
            case Value.UnionV u -> u.payload() != null && hasUndefined(u.payload());
            case null -> false;
            default -> false;
        };
    }

    private static Value part(Value aggregate, String field) {
        Value.AggregateV a = (Value.AggregateV) aggregate;
        StructType st = (StructType) a.type();
        return a.elements().get(st.fieldIndex(field));
    }

    private static Type typeOf(Value aggregate, String field) {
        Value v = part(aggregate, field);
        if (v instanceof Value.OptionalV o) v = o.payload();
        return ((Value.TypeV) v).type();
    }

    private static int intOf(Value aggregate, String field) { return intValue(part(aggregate, field)).intValue(); }

    private static String enumName(Value aggregate, String field) {
        Value.EnumV e = (Value.EnumV) part(aggregate, field);
        return e.type().fieldName(e.index());
    }

    private static String string(Value v) {
        if (v instanceof Value.StringV s) return new String(s.bytes(), StandardCharsets.UTF_8);
        if (v instanceof Value.RefV r) return string(r.target());
        if (v instanceof Value.AggregateV a) {
            byte[] b = new byte[a.elements().size()];
            for (int i = 0; i < b.length; i++) b[i] = (byte) intValue(a.elements().get(i)).intValue();
            return new String(b, StandardCharsets.UTF_8);
        }
        throw new IllegalStateException("not a string: " + v);
    }

    private static Value sentinel(Value info, Type child) {
        Value sp = part(info, "sentinel_ptr");
        if (sp instanceof Value.OptionalV o && o.payload() instanceof Value.RefV r) return r.target();
        return null;
    }
}
