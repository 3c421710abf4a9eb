package org.heaplab.lang.check;

import static org.heaplab.lang.check.TypeRules.*;
import static org.heaplab.lang.check.Consts.*;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 * Zig's {@code @builtin} functions. Casts that need a result type ({@code @intCast},
 * {@code @ptrCast}, ...) take it from where the value goes, as in Zig 0.14. Builtins named
 * {@code @hl_...} exist only for Heap Lab's std sources.
 */
final class Builtins {
    private final Checker cx;

    Builtins(Checker cx) {
        this.cx = cx;
    }

    Ir.Expr check(Ast.BuiltinCall b, Type expected) {
        String name = b.name();
        List<Ast.Expr> args = b.args();
        Span span = b.span();
        if (name.startsWith("hl_") && (cx.scope.enclosingNamespace() == null || !cx.scope.enclosingNamespace().file().isLibrary())) {
            throw cx.error(span, "invalid builtin function: '@" + name + "'");
        }
        switch (name) {
            case "import": {
                arity(b, 1);
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
            case "Type":
                return cx.reflection.reify(b);
            case "This": {
                arity(b, 0);
                Namespace ns = cx.scope.enclosingNamespace();
                return konst(TYPE, new Value.TypeV(ns.owner()), span);
            }
            case "as": {
                arity(b, 2);
                Type t = cx.types.typeOf(args.get(0));
                Ir.Expr v = cx.exprs.expr(args.get(1), t);
                return cx.coercions.coerce(v, t, args.get(1).span());
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
                arity(b, 1);
                Type t = cx.types.typeOf(args.get(0));
                if (t instanceof StructType st) cx.sema.containers.resolveFields(st);
                long v = name.equals("sizeOf") ? Layout.sizeOf(t) : name.equals("alignOf") ? Layout.alignOf(t)
                        : t instanceof Type.Int i ? i.bits() : Layout.sizeOf(t) * 8;
                if (t.isComptimeOnly() && !name.equals("alignOf")) {
                    throw cx.error(args.get(0).span(), "no size available for comptime-only type '" + t.name() + "'");
                }
                return konst(COMPTIME_INT, Value.IntV.of(v), span);
            }
            case "offsetOf": {
                arity(b, 2);
                Type t = cx.types.typeOf(args.get(0));
                Value f = cx.exprs.comptimeValue(args.get(1), cx.scope, null);
                if (!(t instanceof StructType st) || !(f instanceof Value.StringV s)) throw cx.error(span, "expected struct type and field name");
                cx.sema.containers.resolveFields(st);
                int i = st.fieldIndex(new String(s.bytes(), StandardCharsets.UTF_8));
                if (i < 0) throw cx.error(args.get(1).span(), "no field named '" + new String(s.bytes(), StandardCharsets.UTF_8) + "' in struct '" + st.name() + "'");
                return konst(COMPTIME_INT, Value.IntV.of(st.offsetOf(i)), span);
            }
            case "typeName": {
                arity(b, 1);
                Type t = cx.types.typeOf(args.get(0));
                byte[] bytes = t.name().getBytes(StandardCharsets.UTF_8);
                return konst(stringLiteralType(bytes.length), new Value.StringV(bytes), span);
            }
            case "intCast":
                return intCast(b, expected);
            case "truncate":
                return truncate(b, expected);
            case "bitCast":
                return bitCast(b, expected);
            case "ptrCast":
                return ptrCast(b, expected);
            case "alignCast": {
                arity(b, 1);
                if (expected instanceof Type.ErrorUnion eu) expected = eu.payload();
                Ir.Expr v = cx.exprs.expr(args.get(0), expected);
                if (!(v.type() instanceof Type.Pointer) && !(v.type() instanceof Type.Optional)) {
                    throw cx.error(args.get(0).span(), "expected pointer type, found '" + v.type().name() + "'");
                }
                if (expected instanceof Type.Pointer ep && v.type() instanceof Type.Pointer vp && ep.size() == vp.size()
                        && Layout.alignOf(ep.child()) > 1 && !(ep.child() instanceof Type.AnyOpaque)) {
                    return new Ir.Convert(Ir.ConvKind.ALIGN_CAST, v,
                            new Type.Pointer(vp.size(), vp.child(), vp.isConst(), vp.sentinel(), Layout.alignOf(ep.child())), span);
                }
                return v;
            }
            case "constCast": {
                arity(b, 1);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                if (!(v.type() instanceof Type.Pointer p)) throw cx.error(span, "expected pointer type, found '" + v.type().name() + "'");
                return new Ir.Convert(Ir.ConvKind.BITCAST, v, new Type.Pointer(p.size(), p.child(), false, p.sentinel(), p.alignment()), span);
            }
            case "intFromPtr": {
                arity(b, 1);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                Type vt = v.type() instanceof Type.Optional o ? o.child() : v.type();
                if (!(vt instanceof Type.Pointer p)) throw cx.error(args.get(0).span(), "expected pointer, found '" + v.type().name() + "'");
                if (p.isSlice()) throw cx.error(args.get(0).span(), "expected pointer, found '" + v.type().name() + "'", Checker.note(args.get(0).span(), "use 'slice.ptr'"));
                return new Ir.Convert(Ir.ConvKind.PTR_TO_INT, v, USIZE, span);
            }
            case "ptrFromInt": {
                arity(b, 1);
                Type t = resultType(b, expected);
                Type pt = t instanceof Type.Optional o ? o.child() : t;
                if (!(pt instanceof Type.Pointer)) throw cx.error(span, "expected pointer type, found '" + t.name() + "'");
                Ir.Expr v = cx.exprs.exprAs(args.get(0), USIZE);
                Value cv = Consts.constValue(v);
                if (cv instanceof Value.IntV iv && cx.comptimeMode) return konst(t, new Value.AddressV(iv.value().longValue()), span);
                return new Ir.Convert(Ir.ConvKind.INT_TO_PTR, v, t, span);
            }
            case "intFromEnum": {
                arity(b, 1);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                EnumType et = v.type() instanceof EnumType e ? e : v.type() instanceof UnionType u && u.tag() != null ? u.tag() : null;
                if (et == null) throw cx.error(args.get(0).span(), "expected enum or tagged union, found '" + v.type().name() + "'");
                if (v.type() instanceof UnionType) v = cx.coercions.coerce(v, et, span);
                Value cv = Consts.constValue(v);
                if (cv instanceof Value.EnumV ev) return konst(et.tagType(), new Value.IntV(ev.tagValue()), span);
                return new Ir.Convert(Ir.ConvKind.ENUM_TO_INT, v, et.tagType(), span);
            }
            case "enumFromInt": {
                arity(b, 1);
                Type t = resultType(b, expected);
                if (!(t instanceof EnumType et)) throw cx.error(span, "expected enum type, found '" + t.name() + "'");
                Ir.Expr v = cx.exprs.expr(args.get(0), et.tagType());
                Value cv = Consts.constValue(v);
                if (cv instanceof Value.IntV iv) {
                    int idx = et.indexOfValue(iv.value());
                    boolean exhaustive = !et.isNonExhaustive();
                    if (idx < 0 && exhaustive) throw cx.error(span, "enum '" + et.name() + "' has no tag with value '" + iv.value() + "'");
                    if (idx >= 0) return konst(et, new Value.EnumV(et, idx), span);
                }
                if (!(v.type() instanceof Type.Int)) v = cx.coercions.coerce(v, et.tagType(), args.get(0).span());
                return new Ir.Convert(Ir.ConvKind.INT_TO_ENUM, v, et, span);
            }
            case "intFromBool": {
                arity(b, 1);
                Ir.Expr v = cx.exprs.exprAs(args.get(0), BOOL);
                if (Consts.constValue(v) instanceof Value.BoolV bv) return konst(U1, Value.IntV.of(bv.value() ? 1 : 0), span);
                return new Ir.Convert(Ir.ConvKind.BOOL_TO_INT, v, U1, span);
            }
            case "floatFromInt": {
                arity(b, 1);
                Type t = resultType(b, expected);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                if (Consts.constValue(v) instanceof Value.IntV iv) return konst(t, new Value.FloatV(iv.value().doubleValue()), span);
                return new Ir.Convert(Ir.ConvKind.INT_TO_FLOAT, v, t, span);
            }
            case "intFromFloat": {
                arity(b, 1);
                Type t = resultType(b, expected);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                if (Consts.constValue(v) instanceof Value.FloatV fv) return konst(t, new Value.IntV(BigInteger.valueOf((long) fv.value())), span);
                return new Ir.Convert(Ir.ConvKind.FLOAT_TO_INT, v, t, span);
            }
            case "floatCast": {
                arity(b, 1);
                Type t = resultType(b, expected);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                if (Consts.constValue(v) instanceof Value.FloatV fv) return konst(t, fv, span);
                return new Ir.Convert(Ir.ConvKind.FLOAT_CAST, v, t, span);
            }
            case "memcpy": {
                arity(b, 2);
                Ir.Expr dest = cx.exprs.expr(args.get(0), null);
                Type de = memoryElement(dest, args.get(0).span(), true);
                Ir.Expr src = cx.exprs.expr(args.get(1), null);
                Type se = memoryElement(src, args.get(1).span(), false);
                if (!TypeRules.sameType(de, se)) {
                    throw cx.error(args.get(1).span(), "expected type '" + new Type.Pointer(Type.PtrSize.SLICE, de, true).name() + "', found '" + src.type().name() + "'");
                }
                if (dest.type() instanceof Type.Pointer dp && dp.size() == Type.PtrSize.MANY && src.type() instanceof Type.Pointer sp && sp.size() == Type.PtrSize.MANY) {
                    throw cx.error(span, "unknown @memcpy length");
                }
                return new Ir.Builtin(Ir.BuiltinKind.MEMCPY, List.of(dest, src), VOID, span);
            }
            case "memset": {
                arity(b, 2);
                Ir.Expr dest = cx.exprs.expr(args.get(0), null);
                Type de = memoryElement(dest, args.get(0).span(), true);
                Ir.Expr v = cx.exprs.expr(args.get(1), de);
                if (Consts.constValue(v) instanceof Value.UndefV) {
                    return new Ir.Builtin(Ir.BuiltinKind.MEMSET_UNDEFINED, List.of(dest), VOID, span);
                }
                v = cx.coercions.coerce(v, de, args.get(1).span());
                return new Ir.Builtin(Ir.BuiltinKind.MEMSET, List.of(dest, v), VOID, span);
            }
            case "min":
            case "max": {
                if (args.size() < 2) throw cx.error(span, "expected at least 2 arguments, found " + args.size());
                List<Ir.Expr> es = new ArrayList<>();
                for (Ast.Expr a : args) es.add(cx.exprs.expr(a, null));
                Type t = cx.coercions.peerType(es, span);
                if (!TypeRules.isNumeric(t)) throw cx.error(span, "expected number, found '" + t.name() + "'");
                Ir.Expr acc = cx.coercions.coerce(es.get(0), t, args.get(0).span());
                for (int i = 1; i < es.size(); i++) {
                    acc = cx.ops.fold(name.equals("min") ? Ir.BinOp.MIN : Ir.BinOp.MAX, acc, cx.coercions.coerce(es.get(i), t, args.get(i).span()), t, span, span);
                }
                return acc;
            }
            case "divTrunc":
            case "divFloor":
            case "divExact":
            case "mod":
            case "rem": {
                arity(b, 2);
                Ir.Expr l = cx.exprs.expr(args.get(0), expected);
                Ir.Expr r = cx.exprs.expr(args.get(1), expected);
                Type t = cx.coercions.peerType(List.of(l, r), span);
                if (t instanceof Type.ComptimeInt && expected instanceof Type.Int) t = expected;
                if (!TypeRules.isNumeric(t)) throw cx.error(span, "expected number, found '" + t.name() + "'");
                Ir.BinOp op = switch (name) {
                    case "divTrunc" -> Ir.BinOp.DIV_TRUNC;
                    case "divFloor" -> Ir.BinOp.DIV_FLOOR;
                    case "divExact" -> Ir.BinOp.DIV_EXACT;
                    case "mod" -> Ir.BinOp.MOD;
                    default -> Ir.BinOp.REM;
                };
                Span at = new Span(span.file(), span.start(), span.start() + name.length() + 1);
                return cx.ops.fold(op, cx.coercions.coerce(l, t, args.get(0).span()), cx.coercions.coerce(r, t, args.get(1).span()), t, at, span);
            }
            case "panic": {
                arity(b, 1);
                Ir.Expr msg = cx.exprs.exprAs(args.get(0), constSliceOf(U8));
                return new Ir.Builtin(Ir.BuiltinKind.PANIC, List.of(msg), NORETURN, span);
            }
            case "compileError": {
                Value v = cx.exprs.comptimeValue(args.get(0), cx.scope, null);
                String msg = v instanceof Value.StringV s ? new String(s.bytes(), StandardCharsets.UTF_8) : v.show();
                throw cx.error(span, msg);
            }
            case "compileLog":
                throw cx.error(span, "found compile log statement");
            case "returnAddress":
                arity(b, 0);
                return new Ir.Builtin(Ir.BuiltinKind.RETURN_ADDRESS, List.of(), USIZE, span);
            case "errorName": {
                arity(b, 1);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                if (!(v.type() instanceof ErrorSetType)) throw cx.error(args.get(0).span(), "expected error set type, found '" + v.type().name() + "'");
                Type rt = new Type.Pointer(Type.PtrSize.SLICE, U8, true, Value.IntV.of(0), 0);
                if (Consts.constValue(v) instanceof Value.ErrorV ev) {
                    return konst(rt, new Value.StringV(ev.name().getBytes(StandardCharsets.UTF_8)), span);
                }
                return new Ir.Builtin(Ir.BuiltinKind.ERROR_NAME, List.of(v), rt, span);
            }
            case "tagName": {
                arity(b, 1);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                Type rt = new Type.Pointer(Type.PtrSize.SLICE, U8, true, Value.IntV.of(0), 0);
                Value cv = Consts.constValue(v);
                if (cv instanceof Value.EnumV ev) return konst(rt, new Value.StringV(ev.type().fieldName(ev.index()).getBytes(StandardCharsets.UTF_8)), span);
                if (cv instanceof Value.EnumLitV el) return konst(rt, new Value.StringV(el.name().getBytes(StandardCharsets.UTF_8)), span);
                if (v.type() instanceof UnionType u && u.tag() != null) v = cx.coercions.coerce(v, u.tag(), span);
                if (!(v.type() instanceof EnumType)) throw cx.error(args.get(0).span(), "expected enum or union; found '" + v.type().name() + "'");
                return new Ir.Builtin(Ir.BuiltinKind.TAG_NAME, List.of(v), rt, span);
            }
            case "addWithOverflow":
            case "subWithOverflow":
            case "mulWithOverflow": {
                arity(b, 2);
                Ir.Expr l = cx.exprs.expr(args.get(0), null);
                Ir.Expr r = cx.exprs.expr(args.get(1), null);
                Type t = cx.coercions.peerType(List.of(l, r), span);
                if (!(t instanceof Type.Int it)) throw cx.error(span, "expected integer type, found '" + t.name() + "'");
                StructType tuple = StructType.tuple("struct{" + t.name() + ", u1}", List.of(
                        new StructType.Field("0", t, null, false, span, null), new StructType.Field("1", U1, null, false, span, null)));
                Ir.BuiltinKind k = switch (name) {
                    case "addWithOverflow" -> Ir.BuiltinKind.ADD_WITH_OVERFLOW;
                    case "subWithOverflow" -> Ir.BuiltinKind.SUB_WITH_OVERFLOW;
                    default -> Ir.BuiltinKind.MUL_WITH_OVERFLOW;
                };
                l = cx.coercions.coerce(l, it, span);
                r = cx.coercions.coerce(r, it, span);
                Value lv = Consts.constValue(l);
                Value rv = Consts.constValue(r);
                if (lv instanceof Value.IntV li && rv instanceof Value.IntV ri) {
                    BigInteger full = switch (k) {
                        case ADD_WITH_OVERFLOW -> li.value().add(ri.value());
                        case SUB_WITH_OVERFLOW -> li.value().subtract(ri.value());
                        default -> li.value().multiply(ri.value());
                    };
                    BigInteger wrapped = TypeRules.wrap(full, it);
                    return konst(tuple, new Value.AggregateV(tuple, List.of(new Value.IntV(wrapped), Value.IntV.of(wrapped.equals(full) ? 0 : 1))), span);
                }
                return new Ir.Builtin(k, List.of(l, r), tuple, span);
            }
            case "ctz":
            case "clz":
            case "popCount": {
                arity(b, 1);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                if (!(v.type() instanceof Type.Int it)) {
                    throw cx.error(args.get(0).span(), "expected integer type, found '" + v.type().name() + "'");
                }
                Type.Int rt = new Type.Int(Math.max(1, 32 - Integer.numberOfLeadingZeros(it.bits())), false);
                Ir.BuiltinKind k = name.equals("ctz") ? Ir.BuiltinKind.CTZ : name.equals("clz") ? Ir.BuiltinKind.CLZ : Ir.BuiltinKind.POP_COUNT;
                if (Consts.constValue(v) instanceof Value.IntV iv) {
                    long x = iv.value().longValue();
                    long mask = it.bits() >= 64 ? -1L : (1L << it.bits()) - 1;
                    x &= mask;
                    long r = switch (k) {
                        case CTZ -> x == 0 ? it.bits() : Long.numberOfTrailingZeros(x);
                        case CLZ -> Long.numberOfLeadingZeros(x) - (64 - it.bits());
                        default -> Long.bitCount(x);
                    };
                    return konst(rt, Value.IntV.of(r), span);
                }
                return new Ir.Builtin(k, List.of(v), rt, span);
            }
            case "abs": {
                arity(b, 1);
                Ir.Expr v = cx.exprs.expr(args.get(0), expected);
                if (Consts.constValue(v) instanceof Value.IntV iv) return konst(v.type(), new Value.IntV(iv.value().abs()), span);
                if (Consts.constValue(v) instanceof Value.FloatV fv) return konst(v.type(), new Value.FloatV(Math.abs(fv.value())), span);
                Type t = v.type() instanceof Type.Int it && it.signed() ? new Type.Int(it.bits(), false) : v.type();
                return new Ir.Builtin(Ir.BuiltinKind.ABS, List.of(v), t, span);
            }
            case "field": {
                arity(b, 2);
                Ir.Expr target = cx.exprs.expr(args.get(0), null);
                Value f = cx.exprs.comptimeValue(args.get(1), cx.scope, null);
                if (!(f instanceof Value.StringV s)) throw cx.error(args.get(1).span(), "expected field name");
                return cx.exprs.fieldOf(target, new String(s.bytes(), StandardCharsets.UTF_8), args.get(1).span(), span);
            }
            case "hasField":
            case "hasDecl": {
                arity(b, 2);
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
            case "splat": {
                arity(b, 1);
                if (!(expected instanceof Type.Array at)) throw cx.error(span, "@splat must have a known result type");
                Ir.Expr v = cx.exprs.exprAs(args.get(0), at.child());
                Value cv = Consts.constValue(v);
                if (cv != null) {
                    List<Value> vals = new ArrayList<>();
                    for (long i = 0; i < at.length(); i++) vals.add(cv);
                    return konst(at, new Value.AggregateV(at, vals), span);
                }
                List<Ir.Expr> elems = new ArrayList<>();
                for (long i = 0; i < at.length(); i++) elems.add(v);
                return new Ir.ArrayInit(at, elems, span);
            }
            case "setEvalBranchQuota": {
                arity(b, 1);
                Value q = cx.exprs.comptimeValue(args.get(0), cx.scope, new Type.Int(32, false));
                cx.sema.branchQuota = Math.max(cx.sema.branchQuota, intValue(q).longValue());
                return konst(VOID, Value.VoidV.INSTANCE, span);
            }
            case "setRuntimeSafety":
            case "branchHint":
                return konst(VOID, Value.VoidV.INSTANCE, span);
            case "breakpoint":
                return new Ir.Builtin(Ir.BuiltinKind.BREAKPOINT, List.of(), VOID, span);
            case "errorReturnTrace":
                return konst(NULL, Value.NullV.INSTANCE, span);
            // ---- Heap Lab's own, for its std sources
            case "hl_sliceAsBytes": {
                arity(b, 1);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                if (!(v.type() instanceof Type.Pointer p)) throw cx.error(span, "expected slice or pointer");
                Type rt = new Type.Pointer(Type.PtrSize.SLICE, U8, p.isConst());
                return new Ir.Builtin(Ir.BuiltinKind.SLICE_AS_BYTES, List.of(v), rt, span);
            }
            case "hl_childType": {
                arity(b, 1);
                Type t = cx.types.typeOf(args.get(0));
                Type child = t instanceof Type.Pointer p ? p.child() : t instanceof Type.Array a ? a.child() : t instanceof Type.Optional o ? o.child() : null;
                if (t instanceof Type.Pointer p && p.size() == Type.PtrSize.ONE && p.child() instanceof Type.Array a) child = a.child();
                if (t instanceof Type.Pointer p1 && p1.size() == Type.PtrSize.ONE && !(p1.child() instanceof Type.Array)) child = p1.child();
                if (child == null) throw cx.error(span, "expected pointer type, found '" + t.name() + "'");
                return konst(TYPE, new Value.TypeV(child), span);
            }
            case "hl_fieldCount": {
                arity(b, 1);
                Type t = cx.types.typeOf(args.get(0));
                if (!(t instanceof StructType st)) throw cx.error(span, "expected a struct or tuple type, found '" + t.name() + "'");
                return konst(COMPTIME_INT, Value.IntV.of(st.fields().size()), span);
            }
            case "hl_sliceOf": {
                // the slice type a buffer argument stands for: *[N]T -> []T, []T -> []T
                arity(b, 1);
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
                arity(b, 1);
                Type t = cx.types.typeOf(args.get(0));
                Value s = TypeRules.sentinelOf(t);
                Type el = TypeRules.elementType(t);
                return konst(COMPTIME_INT, Value.IntV.of(s == null || el == null ? 0 : Layout.sizeOf(el)), span);
            }
            case "hl_maxInt":
            case "hl_minInt": {
                arity(b, 1);
                Type t = cx.types.typeOf(args.get(0));
                if (!(t instanceof Type.Int it)) throw cx.error(span, "expected integer type, found '" + t.name() + "'");
                return konst(COMPTIME_INT, new Value.IntV(name.equals("hl_maxInt") ? it.maxBig() : it.minBig()), span);
            }
            case "hl_log2": {
                arity(b, 1);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                Value cv = cx.exprs.requireComptime(v, span, null);
                BigInteger x = Consts.intValue(cv);
                return konst(v.type(), Value.IntV.of(x.bitLength() - 1), span);
            }
            case "hl_rotl":
            case "hl_rotr": {
                arity(b, 2);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                Ir.Expr r = cx.exprs.expr(args.get(1), USIZE);
                r = cx.coercions.coerce(r, USIZE, args.get(1).span());
                return new Ir.Builtin(name.equals("hl_rotl") ? Ir.BuiltinKind.ROTL : Ir.BuiltinKind.ROTR, List.of(v, r), v.type(), span);
            }
            case "hl_unsignedOf": {
                arity(b, 1);
                Type t = cx.types.typeOf(args.get(0));
                if (!(t instanceof Type.Int it)) throw cx.error(span, "expected integer type");
                return konst(TYPE, new Value.TypeV(new Type.Int(it.bits(), false)), span);
            }
            case "hl_mulHi": {
                arity(b, 2);
                Ir.Expr l = cx.exprs.expr(args.get(0), null);
                Ir.Expr r = cx.coercions.coerce(cx.exprs.expr(args.get(1), l.type()), l.type(), args.get(1).span());
                return new Ir.Builtin(Ir.BuiltinKind.MUL_HI, List.of(l, r), l.type(), span);
            }
            default:
                throw cx.error(span, "Heap Lab does not support the builtin '@" + name + "' yet");
        }
    }

    private void arity(Ast.BuiltinCall b, int n) {
        if (b.args().size() != n) throw cx.error(b.span(), "expected " + n + " argument" + (n == 1 ? "" : "s") + ", found " + b.args().size());
    }

    /** The result type a cast builtin takes from its context, with Zig's error when there is none. */
    private Type resultType(Ast.BuiltinCall b, Type expected) {
        if (expected instanceof Type.ErrorUnion eu) expected = eu.payload();
        if (expected == null || expected instanceof Type.AnyType) {
            throw cx.error(b.span(), "@" + b.name() + " must have a known result type",
                    Checker.note(b.span(), "use @as to provide explicit result type"));
        }
        return expected;
    }

    private Ir.Expr intCast(Ast.BuiltinCall b, Type expected) {
        arity(b, 1);
        Type t = resultType(b, expected);
        Type target = t instanceof Type.Optional o ? o.child() : t instanceof Type.ErrorUnion eu ? eu.payload() : t;
        if (!(target instanceof Type.Int it)) {
            if (target instanceof Type.ComptimeInt) return cx.exprs.expr(b.args().get(0), null);
            throw cx.error(b.span(), "expected integer type, found '" + target.name() + "'");
        }
        Ir.Expr v = cx.exprs.expr(b.args().get(0), it);
        Value cv = Consts.constValue(v);
        if (cv instanceof Value.IntV iv) {
            if (!it.fits(iv.value())) throw cx.error(b.args().get(0).span(), "type '" + it.name() + "' cannot represent integer value '" + iv.value() + "'");
            return konst(it, iv, b.span());
        }
        if (!(v.type() instanceof Type.Int)) throw cx.error(b.args().get(0).span(), "expected integer type, found '" + v.type().name() + "'");
        if (TypeRules.intFitsIn((Type.Int) v.type(), it)) return new Ir.Convert(Ir.ConvKind.INT_WIDEN, v, it, b.span());
        return new Ir.Convert(Ir.ConvKind.INT_CAST, v, it, b.span());
    }

    private Ir.Expr truncate(Ast.BuiltinCall b, Type expected) {
        arity(b, 1);
        Type t = resultType(b, expected);
        if (!(t instanceof Type.Int it)) throw cx.error(b.span(), "expected integer type, found '" + t.name() + "'");
        Ir.Expr v = cx.exprs.expr(b.args().get(0), null);
        Value cv = Consts.constValue(v);
        if (cv instanceof Value.IntV iv) return konst(it, new Value.IntV(TypeRules.wrap(iv.value(), it)), b.span());
        if (!(v.type() instanceof Type.Int)) throw cx.error(b.args().get(0).span(), "expected integer type, found '" + v.type().name() + "'");
        return new Ir.Convert(Ir.ConvKind.TRUNCATE, v, it, b.span());
    }

    private Ir.Expr bitCast(Ast.BuiltinCall b, Type expected) {
        arity(b, 1);
        Type t = resultType(b, expected);
        Ir.Expr v = cx.exprs.expr(b.args().get(0), null);
        if (v.type() instanceof Type.ComptimeInt && t instanceof Type.Int it) return cx.coercions.coerce(v, it, b.span());
        if (Layout.sizeOf(v.type()) != Layout.sizeOf(t)) {
            throw cx.error(b.span(), "@bitCast size mismatch: destination type '" + t.name() + "' has " + Layout.sizeOf(t) * 8
                    + " bits but source type '" + v.type().name() + "' has " + Layout.sizeOf(v.type()) * 8 + " bits");
        }
        Value cv = Consts.constValue(v);
        if (cv instanceof Value.IntV iv && t instanceof Type.Int it) return konst(it, new Value.IntV(TypeRules.wrap(iv.value(), it)), b.span());
        return new Ir.Convert(Ir.ConvKind.BITCAST, v, t, b.span());
    }

    private Ir.Expr ptrCast(Ast.BuiltinCall b, Type expected) {
        arity(b, 1);
        Type t = resultType(b, expected);
        Type pt = t instanceof Type.Optional o ? o.child() : t;
        if (!(pt instanceof Type.Pointer)) throw cx.error(b.span(), "expected pointer type, found '" + t.name() + "'");
        Ir.Expr v = cx.exprs.expr(b.args().get(0), t);
        Type vt = v.type() instanceof Type.Optional o ? o.child() : v.type();
        if (!(vt instanceof Type.Pointer)) throw cx.error(b.args().get(0).span(), "expected pointer type, found '" + v.type().name() + "'");
        if (((Type.Pointer) vt).isSlice() != ((Type.Pointer) pt).isSlice()) {
            throw cx.error(b.span(), "cannot cast between slices and pointers with @ptrCast");
        }
        if (((Type.Pointer) vt).isConst() && !((Type.Pointer) pt).isConst()) {
            throw cx.error(b.span(), "@ptrCast discards const qualifier", Checker.note(b.span(), "use @constCast to discard const qualifier"));
        }
        Value cv = Consts.constValue(v);
        if (cv != null && !(cv instanceof Value.UndefV)) return konst(t, cv, b.span());
        return new Ir.Convert(Ir.ConvKind.BITCAST, v, t, b.span());
    }

    /** The element type of a @memcpy/@memset operand (slice or pointer to array). */
    private Type memoryElement(Ir.Expr e, Span span, boolean mustBeMutable) {
        if (e.type() instanceof Type.Pointer p) {
            Type el = TypeRules.elementType(p);
            if (el != null && p.size() != Type.PtrSize.ONE || p.child() instanceof Type.Array) {
                if (mustBeMutable && p.isConst()) throw cx.error(span, "cannot copy to constant pointer");
                return el;
            }
        }
        if (!mustBeMutable && e.type() instanceof Type.Array a) return a.child();
        throw cx.error(span, "type '" + e.type().name() + "' is not an indexable pointer", Checker.note(span, "operand must be a slice, a many pointer or a pointer to an array"));
    }
}
