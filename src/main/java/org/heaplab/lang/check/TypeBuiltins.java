package org.heaplab.lang.check;

import static org.heaplab.lang.check.TypeRules.*;
import static org.heaplab.lang.check.Consts.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.Namespace;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.UnionType;
import org.heaplab.lang.types.Value;
import org.heaplab.source.Span;

/** Builtins about types and their members: {@code @TypeOf}, {@code @sizeOf}, {@code @typeName}, {@code @field}, {@code @hasDecl}, {@code @typeInfo}, {@code @import} ... */
final class TypeBuiltins {
    private final Checker cx;

    TypeBuiltins(Checker cx) {
        this.cx = cx;
    }

    /** The builtin call checked, or null when {@code name} is not one of these. */
    Ir.Expr check(String name, Ast.BuiltinCall b, Type expected) {
        List<Ast.Expr> args = b.args();
        Span span = b.span();
        switch (name) {
            case "import": {
                Builtins.arity(cx, b, 1);
                Value v = cx.exprs.comptimeValue(args.get(0), cx.scope, null);
                if (!(v instanceof Value.StringV s)) throw cx.error(args.get(0).span(), "expected string literal");
                String path = new String(s.bytes(), StandardCharsets.UTF_8);
                Namespace here = cx.scope.enclosingNamespace();
                StructType st = cx.sema.modules.importFile(path, here != null ? here.file() : null);
                if (st == null) {
                    throw cx.error(args.get(0).span(), "Heap Lab runs single-file programs: only @import(\"std\") and @import(\"builtin\") are available");
                }
                return konst(TYPE, new Value.TypeV(st), span);
            }
            case "typeInfo":
                return cx.reflection.typeInfo(b);
            case "src":
                return cx.reflection.src(b);
            case "Type":
                return cx.reflection.reify(b);
            case "This": {
                Builtins.arity(cx, b, 0);
                Namespace ns = cx.scope.enclosingNamespace();
                return konst(TYPE, new Value.TypeV(ns.owner()), span);
            }
            case "TypeOf": {
                if (args.isEmpty()) throw cx.error(span, "expected at least 1 argument, found 0");
                List<Ir.Expr> es = new ArrayList<>();
                boolean saved = cx.comptimeMode;
                for (Ast.Expr a : args) es.add(cx.exprs.expr(a, null));
                cx.comptimeMode = saved;
                Type t = es.size() == 1 ? es.get(0).type() : cx.coercions.peerType(es, span);
                return konst(TYPE, new Value.TypeV(t), span);
            }
            case "sizeOf":
            case "alignOf":
            case "bitSizeOf": {
                Builtins.arity(cx, b, 1);
                Type t = cx.types.typeOf(args.get(0));
                if (t instanceof StructType st) cx.sema.containers.resolveFields(st);
                long v = name.equals("sizeOf") ? Layout.sizeOf(t) : name.equals("alignOf") ? Layout.alignOf(t)
                        : org.heaplab.lang.types.Packed.bitSize(t);
                if (t.isComptimeOnly() && !name.equals("alignOf")) {
                    throw cx.error(args.get(0).span(), "no size available for comptime-only type '" + t.name() + "'");
                }
                return konst(COMPTIME_INT, Value.IntV.of(v), span);
            }
            case "offsetOf": {
                Builtins.arity(cx, b, 2);
                Type t = cx.types.typeOf(args.get(0));
                Value f = cx.exprs.comptimeValue(args.get(1), cx.scope, null);
                if (!(t instanceof StructType st) || !(f instanceof Value.StringV s)) throw cx.error(span, "expected struct type and field name");
                cx.sema.containers.resolveFields(st);
                int i = st.fieldIndex(new String(s.bytes(), StandardCharsets.UTF_8));
                if (i < 0) throw cx.error(args.get(1).span(), "no field named '" + new String(s.bytes(), StandardCharsets.UTF_8) + "' in struct '" + st.name() + "'");
                return konst(COMPTIME_INT, Value.IntV.of(st.offsetOf(i)), span);
            }
            case "FieldType": {
                Builtins.arity(cx, b, 2);
                Type t = cx.types.typeOf(args.get(0));
                Value f = cx.exprs.comptimeValue(args.get(1), cx.scope, null);
                if (!(f instanceof Value.StringV s)) throw cx.error(args.get(1).span(), "expected field name");
                String field = new String(s.bytes(), StandardCharsets.UTF_8);
                if (t instanceof StructType st) {
                    cx.sema.containers.resolveFields(st);
                    int i = st.fieldIndex(field);
                    if (i >= 0) return konst(TYPE, new Value.TypeV(st.fields().get(i).type()), span);
                } else if (t instanceof UnionType ut && ut.fieldIndex(field) >= 0) {
                    return konst(TYPE, new Value.TypeV(ut.fields().get(ut.fieldIndex(field)).type()), span);
                }
                throw cx.error(args.get(1).span(), "no field named '" + field + "' in '" + t.name() + "'");
            }
            case "bitOffsetOf": {
                Builtins.arity(cx, b, 2);
                Type t = cx.types.typeOf(args.get(0));
                Value f = cx.exprs.comptimeValue(args.get(1), cx.scope, null);
                if (!(t instanceof StructType st) || !(f instanceof Value.StringV s)) throw cx.error(span, "expected struct type and field name");
                cx.sema.containers.resolveFields(st);
                int i = st.fieldIndex(new String(s.bytes(), StandardCharsets.UTF_8));
                if (i < 0) throw cx.error(args.get(1).span(), "no field named '" + new String(s.bytes(), StandardCharsets.UTF_8) + "' in struct '" + st.name() + "'");
                return konst(COMPTIME_INT, Value.IntV.of(st.bitOffsetOf(i)), span);
            }
            case "inComptime":
                Builtins.arity(cx, b, 0);
                return konst(BOOL, Value.BoolV.of(cx.executing || cx.fn == null), span);
            case "typeName": {
                Builtins.arity(cx, b, 1);
                Type t = cx.types.typeOf(args.get(0));
                byte[] bytes = t.name().getBytes(StandardCharsets.UTF_8);
                return konst(stringLiteralType(bytes.length), new Value.StringV(bytes), span);
            }
            case "field": {
                Builtins.arity(cx, b, 2);
                Ir.Expr target = cx.exprs.expr(args.get(0), null);
                Value f = cx.exprs.comptimeValue(args.get(1), cx.scope, null);
                if (!(f instanceof Value.StringV s)) throw cx.error(args.get(1).span(), "expected field name");
                return cx.exprs.fieldOf(target, new String(s.bytes(), StandardCharsets.UTF_8), args.get(1).span(), span);
            }
            case "unionInit": {
                // @unionInit(U, "name", value): U{ .name = value }, the field named at compile time
                Builtins.arity(cx, b, 3);
                Type t = cx.types.typeOf(args.get(0));
                if (!(t instanceof UnionType ut)) throw cx.error(args.get(0).span(), "expected union type, found '" + t.name() + "'");
                Value f = cx.exprs.comptimeValue(args.get(1), cx.scope, null);
                if (!(f instanceof Value.StringV s)) throw cx.error(args.get(1).span(), "expected field name");
                var fi = new Ast.FieldInit(new String(s.bytes(), StandardCharsets.UTF_8), args.get(1).span(), args.get(2));
                return cx.inits.unionInit(new Ast.Init(args.get(0), List.of(fi), List.of(), span), ut);
            }
            case "hasField":
            case "hasDecl": {
                Builtins.arity(cx, b, 2);
                Type t = cx.types.typeOf(args.get(0));
                Value f = cx.exprs.comptimeValue(args.get(1), cx.scope, null);
                String n = f instanceof Value.StringV s ? new String(s.bytes(), StandardCharsets.UTF_8) : "";
                boolean has;
                if (name.equals("hasField")) {
                    if (t instanceof StructType st) {
                        cx.sema.containers.resolveFields(st);
                        has = st.fieldIndex(n) >= 0;
                    } else {
                        has = t instanceof UnionType ut ? ut.fieldIndex(n) >= 0 : t instanceof EnumType et && et.indexOf(n) >= 0;
                    }
                } else {
                    Namespace ns = t instanceof StructType st ? st.namespace() : t instanceof EnumType et ? et.namespace() : t instanceof UnionType ut ? ut.namespace() : null;
                    has = ns != null && ns.get(n) != null;
                }
                return konst(BOOL, new Value.BoolV(has), span);
            }
            case "hl_childType": {
                Builtins.arity(cx, b, 1);
                Type t = cx.types.typeOf(args.get(0));
                Type child = t instanceof Type.Pointer p ? p.child() : t instanceof Type.Array a ? a.child() : t instanceof Type.Optional o ? o.child() : null;
                if (t instanceof Type.Pointer p && p.size() == Type.PtrSize.ONE && p.child() instanceof Type.Array a) child = a.child();
                if (t instanceof Type.Pointer p1 && p1.size() == Type.PtrSize.ONE && !(p1.child() instanceof Type.Array)) child = p1.child();
                if (child == null) throw cx.error(span, "expected pointer type, found '" + t.name() + "'");
                return konst(TYPE, new Value.TypeV(child), span);
            }
            case "hl_fieldCount": {
                Builtins.arity(cx, b, 1);
                Type t = cx.types.typeOf(args.get(0));
                if (!(t instanceof StructType st)) throw cx.error(span, "expected a struct or tuple type, found '" + t.name() + "'");
                return konst(COMPTIME_INT, Value.IntV.of(st.fields().size()), span);
            }
            case "hl_sliceOf": {
                // the slice type a buffer argument stands for: *[N]T -> []T, []T -> []T
                Builtins.arity(cx, b, 1);
                Type t = cx.types.typeOf(args.get(0));
                Type.Pointer slice = null;
                if (t instanceof Type.Pointer p && p.isSlice()) slice = p;
                if (t instanceof Type.Pointer p && p.size() == Type.PtrSize.ONE && p.child() instanceof Type.Array a) {
                    slice = new Type.Pointer(Type.PtrSize.SLICE, a.child(), p.isConst());
                }
                if (slice == null) throw cx.error(span, "expected a slice or a pointer to an array, found '" + t.name() + "'");
                return konst(TYPE, new Value.TypeV(slice), span);
            }
            case "hl_sentinelSize": {
                Builtins.arity(cx, b, 1);
                Type t = cx.types.typeOf(args.get(0));
                Value s = TypeRules.sentinelOf(t);
                Type el = TypeRules.elementType(t);
                return konst(COMPTIME_INT, Value.IntV.of(s == null || el == null ? 0 : Layout.sizeOf(el)), span);
            }
            default:
                return null;
        }
    }
}
