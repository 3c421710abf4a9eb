package org.heaplab.lang.check;

import static org.heaplab.lang.check.TypeRules.*;
import static org.heaplab.lang.check.Consts.*;

import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.List;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.ErrorSetType;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.UnionType;
import org.heaplab.lang.types.Value;
import org.heaplab.lang.types.fp.FloatFns;
import org.heaplab.source.Span;

/** Unary and binary operators: arithmetic with Zig's overflow rules, comparisons, shifts, address-of ({@code ++} and {@code **} are {@link ArrayOperators}). */
final class Operators {
    private final Checker cx;

    Operators(Checker cx) {
        this.cx = cx;
    }

    // ------------------------------------------------------------------ operators

    Ir.Expr unary(Ast.Unary u, Type expected) {
        switch (u.op()) {
            case ADDRESS_OF:
                return addressOf(u, expected);
            case NOT: {
                Ir.Expr o = cx.exprs.exprAs(u.operand(), BOOL);
                if (constValue(o) instanceof Value.BoolV b) return konst(BOOL, new Value.BoolV(!b.value()), u.span());
                return new Ir.Unary(Ir.UnOp.NOT, o, BOOL, u.span());
            }
            case NEG:
            case NEG_WRAP: {
                Ir.Expr o = cx.exprs.expr(u.operand(), expected);
                Type t = o.type();
                if (!isNumeric(t)) throw cx.error(u.span(), "negation of type '" + t.name() + "'");
                Value v = constValue(o);
                if (v instanceof Value.IntV iv) {
                    BigInteger r = iv.value().negate();
                    if (t instanceof Type.Int it) r = u.op() == Ast.UnaryOp.NEG_WRAP ? wrap(r, it) : checkFits(r, it, u.span());
                    return konst(t, new Value.IntV(r), u.span());
                }
                if (v instanceof Value.FloatV fv) return konst(t, fv.wide() != null ? new Value.FloatV(fv.wide().negate()) : new Value.FloatV(-fv.value()), u.span());
                if (t instanceof Type.Int it && !it.signed() && u.op() == Ast.UnaryOp.NEG) {
                    throw cx.error(u.span(), "negation of type '" + t.name() + "'");
                }
                return new Ir.Unary(u.op() == Ast.UnaryOp.NEG ? Ir.UnOp.NEG : Ir.UnOp.NEG_WRAP, o, t, u.span());
            }
            case BIT_NOT: {
                Ir.Expr o = cx.exprs.expr(u.operand(), expected);
                Type.Int it;
                if (o.type() instanceof Type.Int oi) {
                    it = oi;
                } else if (o.type() instanceof Type.ComptimeInt && expected instanceof Type.Int et) {
                    o = cx.coercions.coerce(o, et, u.span());
                    it = et;
                } else {
                    throw cx.error(u.span(), "unable to perform binary not operation on type '" + o.type().name() + "'");
                }
                if (constValue(o) instanceof Value.IntV iv) return konst(it, new Value.IntV(wrap(iv.value().not(), it)), u.span());
                return new Ir.Unary(Ir.UnOp.BIT_NOT, o, it, u.span());
            }
            default:
                throw new IllegalStateException();
        }
    }

    /** The right-hand side of {@code target op= value}, checked as the operation needs it. */
    Ir.Expr compoundOperand(Ast.Assign a, Ir.BinOp op, Type t) {
        if (op == Ir.BinOp.SHL || op == Ir.BinOp.SHR || op == Ir.BinOp.SHL_SAT) {
            if (t instanceof Type.ComptimeInt) return cx.exprs.exprAs(a.value(), COMPTIME_INT);
            if (!(t instanceof Type.Int it)) throw shiftOfNonInteger(a.opSpan(), t);
            Type.Int amount = new Type.Int(Math.max(1, 64 - Long.numberOfLeadingZeros(it.bits() - 1)), false);
            return cx.exprs.exprAs(a.value(), amount);
        }
        if (!isNumeric(t)) throw cx.error(a.opSpan(), "invalid operands to binary expression: '" + t.name() + "'");
        rejectFloatOperator(op, t, "'" + zigTag(t) + "' and '" + zigTag(t) + "'", a.opSpan());
        Ir.Expr value = cx.exprs.exprAs(a.value(), t);
        if ((op == Ir.BinOp.DIV_TRUNC || op == Ir.BinOp.REM) && t instanceof Type.Int it && it.signed()) {
            throw cx.error(a.opSpan(), (op == Ir.BinOp.DIV_TRUNC ? "division" : "remainder division") + " with '" + t.name()
                    + "' and '" + t.name() + "': signed integers must use "
                    + (op == Ir.BinOp.DIV_TRUNC ? "@divTrunc, @divFloor, or @divExact" : "@rem or @mod"));
        }
        return value;
    }

    /** {@code cur op= value} on comptime-known operands: the folded result. */
    Ir.Expr compound(Ast.Assign a, Ir.Expr cur) {
        if (cur.type() instanceof Type.Vector) return cx.vectors.compoundValue(a, cur);
        Ir.BinOp op = cx.stmts.compoundOp(a);
        Ir.Expr value = compoundOperand(a, op, cur.type());
        return fold(op, cur, value, cur.type(), a.opSpan(), a.span());
    }

    Ir.Expr addressOf(Ast.Unary u, Type expected) {
        ComptimePlaces.Place place = cx.places.resolve(u.operand());
        if (place != null) {
            return konst(new Type.Pointer(Type.PtrSize.ONE, place.type(), false), place.pointer(), u.span());
        }
        Type childExpected = null;
        // through `E!T` and `?T` results (return &.{} from a `![]T` function) the pointer wanted is T
        if (expected instanceof Type.ErrorUnion eu) expected = eu.payload();
        if (expected instanceof Type.Optional opt) expected = opt.child();
        if (expected instanceof Type.Pointer ep) {
            if (ep.size() == Type.PtrSize.ONE) {
                childExpected = ep.child();
            } else if (ep.size() == Type.PtrSize.SLICE && u.operand() instanceof Ast.Init in && in.type() == null && in.fields().isEmpty()) {
                // &.{ a, b } where a slice is expected: a pointer to an array of those elements
                childExpected = new Type.Array(in.elements().size(), ep.child(), ep.sentinel());
            }
        }
        Ir.Expr o = cx.exprs.exprAsRef(u.operand(), childExpected);
        // a value (&.{...}, &literal) takes the pointee type; a place keeps its own (&buf[i] stays a *u8)
        if (childExpected != null && !(o.type() instanceof Type.Undefined) && !isPlace(o)) {
            Ir.Expr c = cx.coercions.tryCoerce(o, childExpected, u.operand().span());
            if (c != null) o = c;
        }
        Value cv = constValue(o);
        // the address of a comptime-known constant is that of its value in read-only data, shared as Zig shares it
        boolean knownConst = o instanceof Ir.LocalRef lr && !lr.local().mutable && cv != null && !(cv instanceof Value.UndefV);
        if (o instanceof Ir.Const || (cv != null && !isPlace(o)) || knownConst) {
            if (cv instanceof Value.FnV fv) {
                cx.sema.instances.functionValue(fv.fn(), u.span());
                return konst(new Type.Pointer(Type.PtrSize.ONE, o.type(), true), cv, u.span());
            }
            return konst(new Type.Pointer(Type.PtrSize.ONE, o.type(), true), new Value.RefV(cv, o.type()), u.span());
        }
        if (cx.comptimeMode && globalAddress(o) instanceof Value.GlobalAddrV ga) {
            return konst(new Type.Pointer(Type.PtrSize.ONE, o.type(), !ga.global().mutable), ga, u.span());
        }
        if (!isPlace(o)) o = cx.exprs.materialize(o, u.operand().span());
        cx.rejectPackedFieldAddress(o, u.span());
        markAddressTaken(o);
        boolean isConst = !isMutablePlace(o);
        return new Ir.AddrOf(o, new Type.Pointer(Type.PtrSize.ONE, o.type(), isConst, null, declaredAlign(o)), u.span());
    }

    /** A field declared {@code align(n)} above its type's own alignment: its pointers say so ({@code *align(16) [4]u8}); else 0. */
    private static int declaredAlign(Ir.Expr place) {
        if (!(place instanceof Ir.FieldRef fr) || fr.struct().isPacked()) return 0;
        StructType.Field f = fr.struct().fields().get(fr.index());
        return f.alignment() != 0 && f.alignment() != Layout.alignOf(f.type()) ? f.alignment() : 0;
    }

    Ir.Expr binary(Ast.Binary b, Type expected) {
        Ast.BinOp op = b.op();
        if (op == Ast.BinOp.AND || op == Ast.BinOp.OR) {
            Ir.Expr l = cx.exprs.exprAs(b.left(), BOOL);
            Value lv = constValue(l);
            if (lv instanceof Value.BoolV lb && (op == Ast.BinOp.AND ? !lb.value() : lb.value())) return konst(BOOL, lb, b.span());
            Ir.Expr r = cx.exprs.exprAs(b.right(), BOOL);
            if (lv instanceof Value.BoolV && constValue(r) instanceof Value.BoolV rb) return konst(BOOL, rb, b.span());
            return new Ir.Logic(op == Ast.BinOp.AND, l, r, BOOL, b.span());
        }
        if (op == Ast.BinOp.CONCAT || op == Ast.BinOp.REPEAT) return cx.arrayOps.arrayOp(b);
        if (op == Ast.BinOp.MERGE_ERRORS) {
            Type l = cx.types.typeOf(b.left());
            Type r = cx.types.typeOf(b.right());
            if (!(l instanceof ErrorSetType le) || !(r instanceof ErrorSetType re)) throw cx.error(b.opSpan(), "expected error set type");
            if (le.isAnyError() || re.isAnyError()) return konst(TYPE, new Value.TypeV(ErrorSetType.ANYERROR), b.span());
            var names = new LinkedHashSet<>(le.names());
            names.addAll(re.names());
            return konst(TYPE, new Value.TypeV(ErrorSetType.of("error{" + String.join(",", names) + "}", names)), b.span());
        }
        Type hint = op.isComparison() ? null : numberHint(expected);
        Ir.Expr l = cx.exprs.expr(b.left(), hint);
        Ir.Expr r;
        if (op == Ast.BinOp.SHL || op == Ast.BinOp.SHR || op == Ast.BinOp.SHL_SAT) {
            if (l.type() instanceof Type.Vector) return cx.vectors.shift(b, l);
            return shift(b, l);
        }
        r = cx.exprs.expr(b.right(), op.isComparison() ? hintFor(l) : hint);
        if (l.type() instanceof Type.Vector || r.type() instanceof Type.Vector) return cx.vectors.binary(b, l, r);
        if (op.isComparison()) return compare(b, l, r);
        return arithmetic(b, op, l, r);
    }

    /** For {@code x == .tag} and {@code opt == null}: the right side takes the left side's type. */
    /** The number type an arithmetic result goes to (through an optional or error union), as a hint for its operands. */
    static Type numberHint(Type expected) {
        if (expected instanceof Type.ErrorUnion eu) expected = eu.payload();
        if (expected instanceof Type.Optional o) expected = o.child();
        return isNumeric(expected) ? expected : null;
    }

    static Type hintFor(Ir.Expr l) {
        Type t = l.type();
        if (t instanceof UnionType u) return u.tag() != null ? u.tag() : null;
        if (t instanceof EnumType || t instanceof Type.Optional o && o.child() instanceof EnumType) return t;
        return null;
    }

    /**
     * The address, known while compiling, of a place in a container-level variable ({@code &data},
     * {@code &data[1]}, {@code &s.field}); null for any other place.
     */
    static Value.GlobalAddrV globalAddress(Ir.Expr place) {
        return switch (place) {
            case Ir.GlobalRef g -> new Value.GlobalAddrV(g.global());
            case Ir.Deref dr when constValue(dr.pointer()) instanceof Value.GlobalAddrV ga -> ga;
            case Ir.ElemRef el when el.base().type() instanceof Type.Array && constValue(el.index()) instanceof Value.IntV i
                    && globalAddress(el.base()) instanceof Value.GlobalAddrV base ->
                    new Value.GlobalAddrV(base.global(), base.offset() + i.value().longValue() * Layout.sizeOf(el.type()));
            case Ir.FieldRef f when globalAddress(f.base()) instanceof Value.GlobalAddrV base ->
                    new Value.GlobalAddrV(base.global(), base.offset() + f.struct().offsetOf(f.index()));
            default -> null;
        };
    }

    /**
     * A signed against an unsigned integer that no type of both holds (isize against usize):
     * compared by value, as Zig does: a negative signed operand is below every unsigned one,
     * any other is compared as unsigned.
     */
    private Ir.Expr mixedSigns(Ir.CmpOp op, Ir.Expr l, Type.Int li, Ir.Expr r, Type.Int ri, Ast.Binary b) {
        boolean leftSigned = li.signed();
        Ir.Expr s = leftSigned ? l : r;
        Ir.Expr u = leftSigned ? r : l;
        Type.Int st = leftSigned ? li : ri;
        Type.Int ut = leftSigned ? ri : li;
        // with the signed operand on the left: s < u, s <= u, s > u, s >= u, s == u, s != u
        Ir.CmpOp sop = leftSigned ? op : switch (op) {
            case LT -> Ir.CmpOp.GT;
            case LE -> Ir.CmpOp.GE;
            case GT -> Ir.CmpOp.LT;
            case GE -> Ir.CmpOp.LE;
            default -> op;
        };
        Type.Int wide = new Type.Int(Math.max(st.bits(), ut.bits()), false);
        Ir.Expr negative = new Ir.Cmp(Ir.CmpOp.LT, s, konst(st, Value.IntV.of(0), b.span()), BOOL, b.opSpan());
        Ir.Expr sAsU = new Ir.Convert(Ir.ConvKind.INT_CAST, s, wide, b.opSpan());
        Ir.Expr uWide = intFitsIn(ut, wide) && !sameType(ut, wide) ? new Ir.Convert(Ir.ConvKind.INT_WIDEN, u, wide, b.opSpan()) : u;
        Ir.Expr unsigned = new Ir.Cmp(sop, sAsU, uWide, BOOL, b.opSpan());
        return switch (sop) {
            case LT, LE, NE -> new Ir.Logic(false, negative, unsigned, BOOL, b.opSpan());
            default -> new Ir.Logic(true, new Ir.Unary(Ir.UnOp.NOT, negative, BOOL, b.opSpan()), unsigned, BOOL, b.opSpan());
        };
    }

    /** {@code opt == value}: {@code if (opt) |x| x == value else false} (and the reverse for {@code !=}). */
    private Ir.Expr optionalAgainstValue(Ast.Binary b, Ir.CmpOp op, Ir.Expr opt, Ir.Expr value, boolean optOnLeft) {
        Type child = ((Type.Optional) opt.type()).child();
        Value ov = constValue(opt);
        if (ov instanceof Value.NullV) return konst(BOOL, Value.BoolV.of(op == Ir.CmpOp.NE), b.span());
        if (ov instanceof Value.OptionalV p) {
            Ir.Expr x = konst(child, p.payload(), opt.span());
            return compare(b, optOnLeft ? x : value, optOnLeft ? value : x);
        }
        if (cx.fn == null) throw cx.error(b.span(), "unable to resolve comptime value");
        Ir.Local cap = cx.fn.newLocal("optional payload", child, false, false, true, opt.span());
        Ir.Expr x = new Ir.LocalRef(cap, opt.span());
        Ir.Expr cmp = compare(b, optOnLeft ? x : value, optOnLeft ? value : x);
        return new Ir.IfOpt(opt, cap, false, cmp, konst(BOOL, Value.BoolV.of(op == Ir.CmpOp.NE), b.span()), BOOL, b.opSpan());
    }

    Ir.Expr compare(Ast.Binary b, Ir.Expr l, Ir.Expr r) {
        Ir.CmpOp op = switch (b.op()) {
            case EQ -> Ir.CmpOp.EQ;
            case NE -> Ir.CmpOp.NE;
            case LT -> Ir.CmpOp.LT;
            case LE -> Ir.CmpOp.LE;
            case GT -> Ir.CmpOp.GT;
            default -> Ir.CmpOp.GE;
        };
        // optional == null
        if (l.type() instanceof Type.Optional && r.type() instanceof Type.Null || r.type() instanceof Type.Optional && l.type() instanceof Type.Null) {
            if (op != Ir.CmpOp.EQ && op != Ir.CmpOp.NE) throw cx.error(b.opSpan(), "operator " + b.op().symbol + " not allowed for type '" + l.type().name() + "'");
            Ir.Expr opt = l.type() instanceof Type.Optional ? l : r;
            Value ov = constValue(opt);
            if (ov instanceof Value.NullV || ov instanceof Value.OptionalV) {
                return konst(BOOL, Value.BoolV.of((ov instanceof Value.NullV) == (op == Ir.CmpOp.EQ)), b.span());
            }
            return new Ir.Cmp(op, opt, konst(opt.type(), Value.NullV.INSTANCE, b.span()), BOOL, b.opSpan());
        }
        // a C pointer == null: it is its own optional
        if (isCPointer(l.type()) && r.type() instanceof Type.Null || isCPointer(r.type()) && l.type() instanceof Type.Null) {
            if (op != Ir.CmpOp.EQ && op != Ir.CmpOp.NE) throw cx.error(b.opSpan(), "operator " + b.op().symbol + " not allowed for type '" + l.type().name() + "'");
            Ir.Expr ptr = isCPointer(l.type()) ? l : r;
            return new Ir.Cmp(op, ptr, konst(ptr.type(), Value.NullV.INSTANCE, b.span()), BOOL, b.opSpan());
        }
        // an optional against a value of its payload type: equal when not null and the payloads are equal
        boolean lOpt = l.type() instanceof Type.Optional && !(r.type() instanceof Type.Optional || r.type() instanceof Type.Null);
        boolean rOpt = r.type() instanceof Type.Optional && !(l.type() instanceof Type.Optional || l.type() instanceof Type.Null);
        if ((lOpt || rOpt) && (op == Ir.CmpOp.EQ || op == Ir.CmpOp.NE)) return optionalAgainstValue(b, op, lOpt ? l : r, lOpt ? r : l, lOpt);
        if (l.type() instanceof Type.Void && r.type() instanceof Type.Void && (op == Ir.CmpOp.EQ || op == Ir.CmpOp.NE)) {
            return konst(BOOL, Value.BoolV.of(op == Ir.CmpOp.EQ), b.span());
        }
        if (l.type() instanceof Type.TypeType && r.type() instanceof Type.TypeType) {
            Value lv = constValue(l);
            Value rv = constValue(r);
            boolean eq = lv instanceof Value.TypeV lt && rv instanceof Value.TypeV rt && sameType(lt.type(), rt.type());
            return konst(BOOL, new Value.BoolV(op == Ir.CmpOp.EQ ? eq : !eq), b.span());
        }
        // a tagged union against its tag: compare the union's tag
        if (l.type() instanceof UnionType lu && lu.tag() != null && !(r.type() instanceof UnionType)) l = cx.coercions.coerce(l, lu.tag(), b.left().span());
        if (r.type() instanceof UnionType ru && ru.tag() != null && !(l.type() instanceof UnionType)) r = cx.coercions.coerce(r, ru.tag(), b.right().span());
        Ir.Expr byValue = compareIntegersByValue(op, l, r, b.span());
        if (byValue != null) return byValue;
        if (l.type() instanceof Type.Int li && r.type() instanceof Type.Int ri && li.signed() != ri.signed()
                && !intFitsIn(li, ri) && !intFitsIn(ri, li) && constValue(l) == null && constValue(r) == null) {
            return mixedSigns(op, l, li, r, ri, b);
        }
        // a float against a comptime-known integer: the integer as a float (Zig's cmpNumeric)
        if (isFloatType(l.type()) && r.type() instanceof Type.Int && constValue(r) instanceof Value.IntV k) {
            r = konst(l.type(), new Value.FloatV(FloatFns.toType(k.value().doubleValue(), MathBuiltins.floatBits(l.type()))), r.span());
        } else if (isFloatType(r.type()) && l.type() instanceof Type.Int && constValue(l) instanceof Value.IntV k) {
            l = konst(r.type(), new Value.FloatV(FloatFns.toType(k.value().doubleValue(), MathBuiltins.floatBits(r.type()))), l.span());
        }
        Ir.Expr known = knownComparison(op, l, r, b);
        if (known != null) return known;
        Type t = comparedPointers(l.type(), r.type());
        if (t == null) t = cx.coercions.peerType(List.of(l, r), b.opSpan());
        if (t instanceof Type.EnumLiteral) t = l.type();
        boolean ordered = op != Ir.CmpOp.EQ && op != Ir.CmpOp.NE;
        boolean okType = isNumeric(t) || (!ordered && (t instanceof Type.Bool || t instanceof EnumType || t instanceof ErrorSetType
                || t instanceof Type.Pointer p && !p.isSlice() || t instanceof Type.Optional o && Layout.isPointerLike(o.child())
                || t instanceof UnionType u && u.tag() != null || org.heaplab.lang.types.Packed.isPacked(t)))
                || ordered && t instanceof Type.Pointer p2 && p2.size() != Type.PtrSize.SLICE;
        if (!okType && !ordered && (isString(l.type()) || isString(r.type()))) {
            throw cx.error(b.opSpan(), "cannot compare strings with " + b.op().symbol);
        }
        if (!okType) {
            String msg = "operator " + b.op().symbol + " not allowed for type '" + t.name() + "'";
            // Zig says where a struct (or untagged union) it refuses to compare is declared
            if (t instanceof StructType st && st.ast() != null && !st.isTuple()) throw cx.error(b.opSpan(), msg, cx.exprs.declaredHere(t));
            if (t instanceof UnionType u && u.declaredAt != null) throw cx.error(b.opSpan(), msg, Checker.note(u.declaredAt, "union declared here"));
            throw cx.error(b.opSpan(), msg);
        }
        if (t instanceof UnionType u) {
            t = u.tag();
        }
        l = cx.coercions.coerce(l, t, b.left().span());
        r = cx.coercions.coerce(r, t, b.right().span());
        Value lv = constValue(l);
        Value rv = constValue(r);
        if (lv != null && rv != null && !(lv instanceof Value.UndefV) && !(rv instanceof Value.UndefV)) {
            if (org.heaplab.lang.types.Packed.isPacked(t)) {
                boolean eq = org.heaplab.lang.types.Packed.bits(t, lv).equals(org.heaplab.lang.types.Packed.bits(t, rv));
                return konst(BOOL, new Value.BoolV(eq == (op == Ir.CmpOp.EQ)), b.span());
            }
            Boolean folded = Folding.compare(op, lv, rv);
            if (folded != null) return konst(BOOL, new Value.BoolV(folded), b.span());
        }
        return new Ir.Cmp(op, l, r, BOOL, b.opSpan());
    }

    /**
     * Comparisons Zig's Sema (cmpNumeric) answers while compiling: an integer against a float,
     * both comptime-known; an integer whose type's range decides the answer against a
     * comptime-known integer (an unsigned {@code x < 0} is false, so the rest of an {@code and}
     * and the branch are not analysed). Null when the comparison is left to the usual path.
     */
    private Ir.Expr knownComparison(Ir.CmpOp op, Ir.Expr l, Ir.Expr r, Ast.Binary b) {
        Value lv = constValue(l);
        Value rv = constValue(r);
        boolean lInt = l.type() instanceof Type.Int || l.type() instanceof Type.ComptimeInt;
        boolean rInt = r.type() instanceof Type.Int || r.type() instanceof Type.ComptimeInt;
        boolean lFloat = l.type() instanceof Type.Float || l.type() instanceof Type.ComptimeFloat;
        boolean rFloat = r.type() instanceof Type.Float || r.type() instanceof Type.ComptimeFloat;
        if ((lInt && rFloat || lFloat && rInt) && (lv instanceof Value.IntV || lv instanceof Value.FloatV)
                && (rv instanceof Value.IntV || rv instanceof Value.FloatV)) {
            Boolean folded = Folding.compare(op, lv instanceof Value.IntV li ? new Value.FloatV(li.value().doubleValue()) : lv,
                    rv instanceof Value.IntV ri ? new Value.FloatV(ri.value().doubleValue()) : rv);
            if (folded != null) return konst(BOOL, new Value.BoolV(folded), b.span());
        }
        if (l.type() instanceof Type.Int it && lv == null && rv instanceof Value.IntV k) {
            Boolean res = byRange(op, it.minBig(), it.maxBig(), k.value());
            if (res != null) return afterEvaluating(l, konst(BOOL, new Value.BoolV(res), b.span()));
        }
        if (r.type() instanceof Type.Int it && rv == null && lv instanceof Value.IntV k) {
            Ir.CmpOp flipped = switch (op) {
                case LT -> Ir.CmpOp.GT;
                case LE -> Ir.CmpOp.GE;
                case GT -> Ir.CmpOp.LT;
                case GE -> Ir.CmpOp.LE;
                default -> op;
            };
            Boolean res = byRange(flipped, it.minBig(), it.maxBig(), k.value());
            if (res != null) return afterEvaluating(r, konst(BOOL, new Value.BoolV(res), b.span()));
        }
        return null;
    }

    /**
     * Integers compare by value, as Zig's cmpNumeric does: two comptime-known integers of any
     * types, and a comptime-known integer outside the range of the other side's type (the result
     * is then known: {@code x < -1} is false for an unsigned x). Null when neither applies.
     */
    private static Ir.Expr compareIntegersByValue(Ir.CmpOp op, Ir.Expr l, Ir.Expr r, Span span) {
        boolean li = l.type() instanceof Type.Int || l.type() instanceof Type.ComptimeInt;
        boolean ri = r.type() instanceof Type.Int || r.type() instanceof Type.ComptimeInt;
        if (!li || !ri) return null;
        Value lv = constValue(l);
        Value rv = constValue(r);
        if (lv instanceof Value.IntV && rv instanceof Value.IntV) return konst(BOOL, Value.BoolV.of(Folding.compare(op, lv, rv)), span);
        // one side known: a value outside the other's range compares as that range's nearer end would
        if (lv instanceof Value.IntV lk && rv == null && r.type() instanceof Type.Int rt && !rt.fits(lk.value())) {
            Value end = new Value.IntV(lk.value().signum() < 0 ? rt.minBig() : rt.maxBig());
            return afterEvaluating(r, konst(BOOL, Value.BoolV.of(Folding.compare(op, lk, end)), span));
        }
        if (rv instanceof Value.IntV rk && lv == null && l.type() instanceof Type.Int lt && !lt.fits(rk.value())) {
            Value end = new Value.IntV(rk.value().signum() < 0 ? lt.minBig() : lt.maxBig());
            return afterEvaluating(l, konst(BOOL, Value.BoolV.of(Folding.compare(op, end, rk)), span));
        }
        return null;
    }

    /**
     * A comparison whose answer is known, with an operand that still has to run ({@code f() == 300}
     * calls f): the operand is evaluated and discarded, then the answer is the block's value. An
     * operand that only reads is dropped, so the answer stays comptime-known.
     */
    private static Ir.Expr afterEvaluating(Ir.Expr operand, Ir.Const answer) {
        if (pureRead(operand)) return answer;
        var label = new Ir.Label(null, false);
        label.resultType = BOOL;
        List<Ir.Node> body = List.of(new Ir.Discard(operand, operand.span()),
                new Ir.ExprStmt(new Ir.Break(label, answer, answer.span()), answer.span()));
        return new Ir.Block(body, label, BOOL, answer.span());
    }

    private static boolean isFloatType(Type t) {
        return t instanceof Type.Float || t instanceof Type.ComptimeFloat;
    }

    /** {@code x op k} for every x in [min, max], when that is one answer. */
    private static Boolean byRange(Ir.CmpOp op, java.math.BigInteger min, java.math.BigInteger max, java.math.BigInteger k) {
        int kMin = k.compareTo(min);
        int kMax = k.compareTo(max);
        return switch (op) {
            case LT -> kMin <= 0 ? Boolean.FALSE : kMax > 0 ? Boolean.TRUE : null;
            case LE -> kMin < 0 ? Boolean.FALSE : kMax >= 0 ? Boolean.TRUE : null;
            case GT -> kMax >= 0 ? Boolean.FALSE : kMin < 0 ? Boolean.TRUE : null;
            case GE -> kMax > 0 ? Boolean.FALSE : kMin <= 0 ? Boolean.TRUE : null;
            case EQ -> kMin < 0 || kMax > 0 ? Boolean.FALSE : null;
            case NE -> kMin < 0 || kMax > 0 ? Boolean.TRUE : null;
        };
    }

    /** An expression that only reads (so answering its comparison without it loses nothing). */
    private static boolean pureRead(Ir.Expr e) {
        return switch (e) {
            case Ir.LocalRef lr -> true;
            case Ir.GlobalRef gr -> true;
            case Ir.FieldRef fr -> pureRead(fr.base());
            case Ir.Deref d -> pureRead(d.pointer());
            case Ir.Convert c -> pureRead(c.operand());
            default -> false;
        };
    }

    /** Two non-slice pointers to the same type, one maybe const ({@code a.ptr == b.ptr}): compared as the const one. */
    private static Type comparedPointers(Type a, Type b) {
        if (!(a instanceof Type.Pointer pa) || !(b instanceof Type.Pointer pb) || pa.isSlice() || pb.isSlice()) return null;
        if (pa.size() != pb.size() || !sameType(pa.child(), pb.child())) return null;
        return pa.isConst() ? pa : pb;
    }

    Ir.Expr arithmetic(Ast.Binary b, Ast.BinOp op, Ir.Expr l, Ir.Expr r) {
        // an operand that never returns ends the evaluation there: the whole expression is noreturn
        if (l.type() instanceof Type.NoReturn) return l;
        if (r.type() instanceof Type.NoReturn && l instanceof Ir.Const) return r;
        // pointer arithmetic: [*]T + usize
        if (l.type() instanceof Type.Pointer lp && (lp.size() == Type.PtrSize.MANY || lp.size() == Type.PtrSize.C)
                && (op == Ast.BinOp.ADD || op == Ast.BinOp.SUB)) {
            Ir.Expr n = cx.coercions.coerce(r, USIZE, b.right().span());
            if (constValue(l) instanceof Value.GlobalAddrV ga && constValue(n) instanceof Value.IntV k) {
                long d = k.value().longValue() * Layout.sizeOf(lp.child()) * (op == Ast.BinOp.ADD ? 1 : -1);
                return konst(lp, new Value.GlobalAddrV(ga.global(), ga.offset() + d), b.span());
            }
            return new Ir.Binary(op == Ast.BinOp.ADD ? Ir.BinOp.PTR_ADD : Ir.BinOp.PTR_SUB, l, n, lp, b.opSpan());
        }
        Type t = cx.coercions.peerType(List.of(l, r), b.opSpan());
        if (!isNumeric(t)) {
            throw cx.error(b.opSpan(), "invalid operands to binary expression: '" + zigTag(l.type()) + "' and '" + zigTag(r.type()) + "'");
        }
        Type leftType = l.type();
        Type rightType = r.type();
        l = cx.coercions.coerce(l, t, b.left().span());
        r = cx.coercions.coerce(r, t, b.right().span());
        Ir.BinOp iop = switch (op) {
            case ADD -> Ir.BinOp.ADD;
            case ADD_WRAP -> Ir.BinOp.ADD_WRAP;
            case ADD_SAT -> Ir.BinOp.ADD_SAT;
            case SUB -> Ir.BinOp.SUB;
            case SUB_WRAP -> Ir.BinOp.SUB_WRAP;
            case SUB_SAT -> Ir.BinOp.SUB_SAT;
            case MUL -> Ir.BinOp.MUL;
            case MUL_WRAP -> Ir.BinOp.MUL_WRAP;
            case MUL_SAT -> Ir.BinOp.MUL_SAT;
            case DIV -> Ir.BinOp.DIV_TRUNC;
            case MOD -> Ir.BinOp.REM;
            case BIT_AND -> Ir.BinOp.BIT_AND;
            case BIT_OR -> Ir.BinOp.BIT_OR;
            case BIT_XOR -> Ir.BinOp.BIT_XOR;
            default -> throw cx.error(b.opSpan(), "operator " + op.symbol + " not supported here");
        };
        // Zig names each operand's own type: 'float' and 'comptime_int' for x +% 1
        rejectFloatOperator(iop, t, "'" + zigTag(leftType) + "' and '" + zigTag(rightType) + "'", b.opSpan());
        Value lv = constValue(l);
        Value rv = constValue(r);
        if (iop == Ir.BinOp.DIV_TRUNC && t instanceof Type.Int it && it.signed()) {
            // both comptime-known: Zig folds the truncating division
            boolean bothKnown = intValue(lv) != null && intValue(rv) != null;
            if (!bothKnown) {
                // the operands' own types, before peer resolution (i32 and comptime_int)
                throw cx.error(b.opSpan(), "division with '" + leftType.name() + "' and '" + rightType.name() + "': signed integers must use @divTrunc, @divFloor, or @divExact");
            }
        }
        if (iop == Ir.BinOp.REM && (t instanceof Type.Int it && it.signed() || t instanceof Type.ComptimeInt)) {
            // Zig blames the operand that is runtime-known or negative, the left one first
            boolean leftOk = intValue(lv) instanceof BigInteger x && x.signum() >= 0;
            boolean rightOk = intValue(rv) instanceof BigInteger y && y.signum() >= 0;
            if (!leftOk || !rightOk) {
                throw cx.error(Checker.mainSpan(!leftOk ? b.left() : b.right()), "remainder division with '" + leftType.name() + "' and '"
                        + rightType.name() + "': signed integers and floats must use @rem or @mod");
            }
        }
        if (iop == Ir.BinOp.DIV_TRUNC && t instanceof Type.ComptimeFloat && (leftType instanceof Type.ComptimeInt) != (rightType instanceof Type.ComptimeInt)) {
            ambiguousDivision(lv, rv, leftType, rightType, b.opSpan());
        }
        return fold(iop, l, r, t, b.opSpan(), b.span());
    }

    /**
     * Zig refuses {@code 7 / 2.0}: a comptime_int divided by a comptime_float (or the other way)
     * could mean either division, so it must come out even.
     */
    private void ambiguousDivision(Value lv, Value rv, Type leftType, Type rightType, Span opSpan) {
        java.math.BigDecimal a = exactDecimal(lv), d = exactDecimal(rv);
        if (a == null || d == null || d.signum() == 0) return;
        java.math.BigDecimal rem = a.remainder(d);
        if (rem.signum() == 0) return;
        throw cx.error(opSpan, "ambiguous coercion of division operands '" + leftType.name() + "' and '" + rightType.name()
                + "'; non-zero remainder '" + rem.stripTrailingZeros().toPlainString() + "'");
    }

    private static java.math.BigDecimal exactDecimal(Value v) {
        if (v instanceof Value.IntV i) return new java.math.BigDecimal(i.value());
        if (v instanceof Value.FloatV f && f.exact().isFinite()) return f.exact().toBigDecimal();
        return null;
    }

    /** Builds an arithmetic node, folding it when both operands are comptime-known. */
    Ir.Expr fold(Ir.BinOp op, Ir.Expr l, Ir.Expr r, Type t, Span opSpan, Span span) {
        Value lv = constValue(l);
        Value rv = constValue(r);
        boolean division = op == Ir.BinOp.DIV_TRUNC || op == Ir.BinOp.DIV_EXACT || op == Ir.BinOp.DIV_FLOOR || op == Ir.BinOp.REM || op == Ir.BinOp.MOD;
        if (division && (t instanceof Type.Int || t instanceof Type.ComptimeInt) && rv instanceof Value.IntV ri && ri.value().signum() == 0) {
            // a divisor known to be zero is a compile error even when the dividend is runtime-known
            throw cx.error(r.span(), "division by zero here causes undefined behavior");
        }
        if (lv != null && rv != null && !(lv instanceof Value.UndefV) && !(rv instanceof Value.UndefV)) {
            Value v = Folding.arith(op, lv, rv, t, opSpan, cx);
            if (v != null) return konst(t, v, span);
        }
        return new Ir.Binary(op, l, r, t, opSpan);
    }

    Ir.Expr shift(Ast.Binary b, Ir.Expr l) {
        Type lt = l.type();
        if (lt instanceof Type.ComptimeInt) {
            Ir.Expr r = cx.exprs.exprAs(b.right(), COMPTIME_INT);
            Value lv = constValue(l);
            Value rv = constValue(r);
            if (lv instanceof Value.IntV li && rv instanceof Value.IntV ri) {
                if (ri.value().signum() < 0) throw cx.error(Checker.mainSpan(b.right()), "shift by negative amount '" + ri.value() + "'");
                if (ri.value().compareTo(BigInteger.valueOf(1 << 20)) > 0 && li.value().signum() != 0 && b.op() != Ast.BinOp.SHR) {
                    throw cx.error(b.opSpan(), "Heap Lab does not support shifting a comptime_int left by more than " + (1 << 20) + " bits");
                }
                int n = ri.value().min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
                BigInteger v = b.op() == Ast.BinOp.SHR ? li.value().shiftRight(n) : li.value().shiftLeft(n);
                return konst(COMPTIME_INT, new Value.IntV(v), b.span());
            }
            throw cx.error(b.span(), "unable to resolve comptime value");
        }
        if (!(lt instanceof Type.Int it)) throw shiftOfNonInteger(Checker.mainSpan(b.left()), lt);
        Type.Int amountType = log2Int(it);
        Ir.Expr r = cx.exprs.expr(b.right(), amountType);
        Value rv = constValue(r);
        if (rv instanceof Value.IntV ri) {
            if (ri.value().compareTo(BigInteger.valueOf(Math.max(1, it.bits()))) >= 0) {
                throw cx.error(b.right().span(), "type '" + amountType.name() + "' cannot represent integer value '" + ri.value() + "'");
            }
            r = konst(amountType, ri, r.span());
        } else {
            r = cx.coercions.coerce(r, amountType, b.right().span());
        }
        Ir.BinOp op = switch (b.op()) {
            case SHL -> Ir.BinOp.SHL;
            case SHL_SAT -> Ir.BinOp.SHL_SAT;
            default -> Ir.BinOp.SHR;
        };
        return fold(op, l, r, it, b.opSpan(), b.span());
    }

    /** Zig's error for an operator floats do not have: bitwise, wrapping or saturating ({@code x &= 1}, {@code x +%= 1} on an f32). */
    private void rejectFloatOperator(Ir.BinOp op, Type t, String kinds, Span at) {
        if (!isFloat(t)) return;
        switch (op) {
            case BIT_AND, BIT_OR, BIT_XOR -> throw cx.error(at, "invalid operands to binary bitwise expression: " + kinds);
            case ADD_WRAP, SUB_WRAP, MUL_WRAP, ADD_SAT, SUB_SAT, MUL_SAT -> throw cx.error(at, "invalid operands to binary expression: " + kinds);
            default -> { }
        }
    }

    /** Zig's error for a shift of anything but an integer (a float, a bool, a struct...), in {@code a << b} and {@code a <<= b}. */
    private Sema.SemaError shiftOfNonInteger(Span span, Type t) {
        String message = "bit shifting operation expected integer type, found '" + t.name() + "'";
        boolean declared = t instanceof StructType st && st.ast() != null || t instanceof EnumType et && et.declaredAt != null;
        return declared ? cx.error(span, message, cx.exprs.declaredHere(t)) : cx.error(span, message);
    }

    BigInteger checkFits(BigInteger v, Type.Int t, Span span) {
        if (!t.fits(v)) throw cx.error(span, "overflow of integer type '" + t.name() + "' with value '" + v + "'");
        return v;
    }

    /** A slice of bytes or a pointer to an array of bytes: what Zig calls a string when it refuses {@code ==}. */
    private static boolean isString(Type t) {
        if (!(t instanceof Type.Pointer p)) return false;
        Type elem = p.isSlice() ? p.child() : p.child() instanceof Type.Array a ? a.child() : null;
        return elem instanceof Type.Int i && i.bits() == 8 && !i.signed();
    }
}
