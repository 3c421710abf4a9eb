package org.heaplab.lang.check;

import static org.heaplab.lang.check.TypeRules.*;
import static org.heaplab.lang.check.Consts.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.ErrorSetType;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.UnionType;
import org.heaplab.lang.types.Value;
import org.heaplab.source.Span;

/**
 * Zig's {@code @builtin} functions: the families of their own (types, casts, arithmetic, in
 * TypeBuiltins, CastBuiltins, MathBuiltins), and here the rest: memory, panics, names,
 * compile-time controls. Casts that need a result type ({@code @intCast},
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
        String arity = AstGenChecks.arityProblem(b);
        if (arity != null) throw cx.error(span, arity);
        switch (name) {
            case "Vector":
                return cx.vectors.vectorType(b);
            case "reduce":
                return cx.vectors.reduce(b);
            case "select":
                return cx.vectors.select(b);
            case "shuffle":
                return cx.vectors.shuffle(b);
            case "splat": {
                Ir.Expr v = cx.vectors.splat(b, expected);
                if (v != null) return v;
                break;
            }
            default:
                break;
        }
        Ir.Expr family = cx.typeBuiltins.check(name, b, expected);
        if (family == null) family = cx.castBuiltins.check(name, b, expected);
        if (family == null) family = cx.mathBuiltins.check(name, b, expected);
        if (family != null) return family;
        switch (name) {
            case "memcpy": {
                Builtins.arity(cx, b, 2);
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
                if (cx.executing && Consts.constValue(dest) instanceof Value.CellPtrV dp && Consts.constValue(src) instanceof Value sv
                        && !(sv instanceof Value.UndefV)) {
                    // at compile time: the source's elements stored into the comptime variable
                    ComptimePlaces.Place place = ComptimePlaces.Place.of(dp);
                    List<Value> from = cx.comptime.elementsOf(sv, src.type());
                    if (!(place.type() instanceof Type.Array pa) || pa.length() != from.size()) {
                        throw cx.error(span, "non-matching @memcpy lengths");
                    }
                    cx.places.store(place, new Value.AggregateV(pa, from));
                    return konst(VOID, Value.VoidV.INSTANCE, span);
                }
                return new Ir.Builtin(Ir.BuiltinKind.MEMCPY, List.of(dest, src), VOID, span);
            }
            case "memset": {
                Builtins.arity(cx, b, 2);
                Ir.Expr dest = cx.exprs.expr(args.get(0), null);
                Type de = memoryElement(dest, args.get(0).span(), true);
                Ir.Expr v = cx.exprs.expr(args.get(1), de);
                if (Consts.constValue(v) instanceof Value.UndefV) {
                    return new Ir.Builtin(Ir.BuiltinKind.MEMSET_UNDEFINED, List.of(dest), VOID, span);
                }
                v = cx.coercions.coerce(v, de, args.get(1).span());
                return new Ir.Builtin(Ir.BuiltinKind.MEMSET, List.of(dest, v), VOID, span);
            }
            case "call": {
                // @call(modifier, function, .{ args... }): the call, with the modifier's effect on
                // inlining (none that shows) left out
                arity(cx, b, 3);
                cx.exprs.comptimeValue(args.get(0), cx.scope, null);
                Span at = args.get(1).span();
                Span lparen = new Span(at.file(), at.end(), at.end());
                if (args.get(2) instanceof Ast.Init in && in.type() == null && in.fields().isEmpty()) {
                    return cx.exprs.expr(new Ast.Call(args.get(1), in.elements(), lparen, span), expected);
                }
                // a tuple by name (args, self.args): its fields are the arguments
                Ast.Expr tuple = args.get(2);
                if ((tuple instanceof Ast.Identifier || tuple instanceof Ast.Field)
                        && cx.exprs.expr(tuple, null).type() instanceof StructType st && st.isTuple()) {
                    List<Ast.Expr> elems = new java.util.ArrayList<>();
                    for (int i = 0; i < st.fields().size(); i++) {
                        elems.add(new Ast.Index(tuple, new Ast.IntLit(java.math.BigInteger.valueOf(i), tuple.span()), tuple.span(), tuple.span()));
                    }
                    return cx.exprs.expr(new Ast.Call(args.get(1), elems, lparen, span), expected);
                }
                throw cx.error(args.get(2).span(), "Heap Lab supports @call with a tuple literal of arguments (.{ a, b }) or a tuple by name only");
            }
            case "panic": {
                Builtins.arity(cx, b, 1);
                Ir.Expr msg = cx.exprs.exprAs(args.get(0), constSliceOf(U8));
                if (cx.comptimeMode && (cx.fn == null || cx.executing)) throw cx.error(span, "encountered @panic at comptime");
                return new Ir.Builtin(Ir.BuiltinKind.PANIC, List.of(msg), NORETURN, span);
            }
            case "compileError": {
                Value v = cx.exprs.comptimeValue(args.get(0), cx.scope, null);
                String msg = v instanceof Value.StringV s ? new String(s.bytes(), StandardCharsets.UTF_8) : v.show();
                // inside calls run at comptime (a type function's body), Zig notes each call, innermost first
                throw cx.error(span, msg, cx.comptime.callSiteNotes().toArray(org.heaplab.diag.Diagnostic.Note[]::new));
            }
            case "compileLog":
                throw cx.error(span, "found compile log statement");
            case "returnAddress":
                Builtins.arity(cx, b, 0);
                return new Ir.Builtin(Ir.BuiltinKind.RETURN_ADDRESS, List.of(), USIZE, span);
            case "intFromError": {
                // an error's code is numbered when the program is linked: known at run time only
                Builtins.arity(cx, b, 1);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                if (v.type() instanceof Type.ErrorUnion) throw cx.error(args.get(0).span(), "Heap Lab does not support @intFromError of an error union yet");
                if (!(v.type() instanceof ErrorSetType)) throw cx.error(args.get(0).span(), "expected type 'anyerror', found '" + v.type().name() + "'");
                if (cx.fn == null || cx.executing) throw cx.error(span, "Heap Lab does not support @intFromError at comptime");
                return new Ir.Convert(Ir.ConvKind.BITCAST, v, new Type.Int(16, false), span);
            }
            case "errorFromInt": {
                Builtins.arity(cx, b, 1);
                Ir.Expr v = cx.exprs.exprAs(args.get(0), new Type.Int(16, false));
                if (cx.fn == null || cx.executing) throw cx.error(span, "Heap Lab does not support @errorFromInt at comptime");
                return new Ir.Convert(Ir.ConvKind.BITCAST, v, ErrorSetType.ANYERROR, span);
            }
            case "errorCast": {
                Builtins.arity(cx, b, 1);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                // the result type without its optional and error union (Zig's .remove_eu_opt)
                if (expected instanceof Type.Optional o) expected = o.child();
                Type want = expected instanceof Type.ErrorUnion eu ? eu.errorSet() : expected;
                if (want != null && !(want instanceof ErrorSetType) && !(want instanceof Type.AnyType)) {
                    throw cx.error(span, "expected error set or error union type, found '" + TypeRules.zigTag(want) + "'");
                }
                if (!(want instanceof ErrorSetType target)) throw cx.error(span, "@errorCast must have a known result type");
                if (v.type() instanceof Type.ErrorUnion veu) {
                    if (!(expected instanceof Type.ErrorUnion)) throw cx.error(span, "@errorCast of an error union must have an error union result type");
                    // x catch |e| return @errorCast(e), as one value: the payload kept, the error narrowed
                    if (cx.fn == null) throw cx.error(span, "unable to evaluate comptime expression");
                    Ir.Local err = cx.fn.newLocal("error", veu.errorSet(), false, false, true, span);
                    Ir.Local payload = cx.fn.newLocal("payload", veu.payload(), false, false, true, span);
                    Ir.Expr narrowed = errorCast(new Ir.LocalRef(err, span), target, span, v instanceof Ir.Call c ? c.site() : span);
                    return new Ir.IfErr(v, payload, err, cx.coercions.coerce(new Ir.LocalRef(payload, span), expected, span),
                            cx.coercions.coerce(narrowed, expected, span), expected, span);
                }
                if (!(v.type() instanceof ErrorSetType)) throw cx.error(span, "expected error set or error union type, found '" + TypeRules.zigTag(v.type()) + "'");
                Ir.Expr r = errorCast(v, target, span, v instanceof Ir.Call c ? c.site() : span);
                return expected instanceof Type.ErrorUnion ? cx.coercions.coerce(r, expected, span) : r;
            }
            case "errorName": {
                Builtins.arity(cx, b, 1);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                if (!(v.type() instanceof ErrorSetType)) throw cx.error(args.get(0).span(), "expected error set type, found '" + v.type().name() + "'");
                Type rt = new Type.Pointer(Type.PtrSize.SLICE, U8, true, Value.IntV.of(0), 0);
                if (Consts.constValue(v) instanceof Value.ErrorV ev) {
                    return konst(rt, new Value.StringV(ev.name().getBytes(StandardCharsets.UTF_8)), span);
                }
                return new Ir.Builtin(Ir.BuiltinKind.ERROR_NAME, List.of(v), rt, span);
            }
            case "tagName": {
                Builtins.arity(cx, b, 1);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                Type rt = new Type.Pointer(Type.PtrSize.SLICE, U8, true, Value.IntV.of(0), 0);
                Value cv = Consts.constValue(v);
                if (cv instanceof Value.EnumV ev) return konst(rt, new Value.StringV(ev.type().fieldName(ev.index()).getBytes(StandardCharsets.UTF_8)), span);
                if (cv instanceof Value.EnumLitV el) return konst(rt, new Value.StringV(el.name().getBytes(StandardCharsets.UTF_8)), span);
                if (v.type() instanceof UnionType u && u.tag() != null) v = cx.coercions.coerce(v, u.tag(), span);
                if (!(v.type() instanceof EnumType)) throw cx.error(args.get(0).span(), "expected enum or union; found '" + v.type().name() + "'");
                return new Ir.Builtin(Ir.BuiltinKind.TAG_NAME, List.of(v), rt, span);
            }
            case "setEvalBranchQuota": {
                Builtins.arity(cx, b, 1);
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
            default:
                throw cx.error(span, "Heap Lab does not support the builtin '@" + name + "' yet");
        }
    }

    static void arity(Checker cx, Ast.BuiltinCall b, int n) {
        if (b.args().size() != n) throw cx.error(b.span(), "expected " + n + " argument" + (n == 1 ? "" : "s") + ", found " + b.args().size());
    }

    /** The result type a cast builtin takes from its context, with Zig's error when there is none. */
    static Type resultType(Checker cx, Ast.BuiltinCall b, Type expected) {
        if (expected instanceof Type.ErrorUnion eu) expected = eu.payload();
        if (expected == null || expected instanceof Type.AnyType) {
            throw cx.error(b.span(), "@" + b.name() + " must have a known result type",
                    Checker.note(b.span(), "use @as to provide explicit result type"));
        }
        return expected;
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

    /** An error narrowed to {@code target}: checked now when known, else at run time (Zig's "invalid error code"). */
    /** @errorCast of an error: a failed check is reported at checkSite (a call operand's '(', else the @errorCast). */
    private Ir.Expr errorCast(Ir.Expr v, ErrorSetType target, Span span, Span checkSite) {
        if (Consts.constValue(v) instanceof Value.ErrorV ev) {
            if (target.names() != null && !target.names().contains(ev.name())) {
                throw cx.error(span, "'error." + ev.name() + "' not a member of error set '" + target.name() + "'");
            }
            return konst(target, ev, span);
        }
        if (target.isAnyError()) return new Ir.Convert(Ir.ConvKind.BITCAST, v, target, span);
        return new Ir.Convert(Ir.ConvKind.ERROR_SET_CAST, v, target, checkSite);
    }
}
