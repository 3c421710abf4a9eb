package org.heaplab.runtime.codegen;

import java.util.ArrayList;
import java.util.List;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.Type;
import org.heaplab.runtime.code.Op;
import org.heaplab.runtime.codegen.Dest.Drop;
import org.heaplab.runtime.codegen.Dest.ToMem;
import org.heaplab.runtime.codegen.Dest.ToReg;
import org.heaplab.source.Span;

import static org.heaplab.runtime.codegen.Dest.DROP;

/**
 * Error unions and optionals as control flow: {@code try}, {@code catch}, {@code orelse},
 * {@code .?}, {@code if} over an error union, and {@code return}, each running the defers (and
 * on an error path the errdefers) of the scopes it leaves.
 *
 * <p>The error return trace follows Zig's: returning an error pushes the returning
 * instruction's address, and a handler that completes (or leaves by break or continue) drops
 * the entries its error added.
 */
final class ErrorFlow {
    private final FnContext cx;
    private final Emitter out;
    /** Error-trace lengths saved by the catch handlers (and else branches) being generated, outermost first. */
    private final List<Integer> handlerSaves = new ArrayList<>();

    ErrorFlow(FnContext cx) {
        this.cx = cx;
        this.out = cx.out;
    }

    /** An evaluated error union: the register of its error code, and where its payload is (null when the union is a scalar). */
    record EuParts(int code, Mem payload) {}

    EuParts errorUnion(Ir.Expr e) {
        Type.ErrorUnion eu = (Type.ErrorUnion) e.type();
        if (Layout.isScalar(eu)) {
            int code = cx.values.scalar(e);
            return new EuParts(code, null);
        }
        Mem m = cx.values.agg(e);
        long[] lay = Layout.errorUnionLayout(eu);
        int code = out.temp();
        cx.places.load(code, m.plus(lay[1]), new Type.Int(16, false));
        return new EuParts(code, m.plus(lay[0]));
    }

    private void payloadTo(EuParts p, Type payload, Dest d) {
        if (d instanceof Drop || Layout.sizeOf(payload) == 0) return;
        cx.values.placeValue(p.payload(), payload, d);
    }

    void tryExpr(Ir.Try t, Dest d) {
        EuParts p = errorUnion(t.operand());
        int ok = out.newLabel();
        out.jump(Op.JZ, ok, p.code());
        Span saved = out.site;
        out.site = t.span();
        returnError(p.code());
        out.site = saved;
        out.bind(ok);
        payloadTo(p, t.type(), d);
    }

    /** The error path of the function: trace entry, errdefers and defers, then return the error. */
    private void returnError(int codeReg) {
        out.emit(Op.ERRTRACE);
        cx.defers.runDefers(cx.defers.depth(), true, codeReg);
        Type rt = cx.fn.returnType;
        if (Layout.isScalar(rt)) {
            out.emit(Op.RET, codeReg);
        } else {
            int res = out.temp();
            out.emit(Op.LDRES, res);
            out.emit(Op.ST, res, (int) Layout.errorUnionLayout((Type.ErrorUnion) rt)[1], codeReg, 2);
            out.emit(Op.RETV);
        }
    }

    void catchExpr(Ir.Catch c, Dest d) {
        int saved = out.temp();
        out.emit(Op.ERRSAVE, saved);
        EuParts p = errorUnion(c.operand());
        int handler = out.newLabel();
        int end = out.newLabel();
        out.jump(Op.JNZ, handler, p.code());
        payloadTo(p, c.type(), d);
        out.jump(Op.JMP, end);
        out.bind(handler);
        Span unreachable = c.capture() == null ? onlyUnreachable(c.handler()) : null;
        if (unreachable != null) {
            // Zig's Sema turns `catch unreachable` into an unwrap: its panic names the error, after its trace
            Span site = out.site;
            out.site = unreachable;
            out.emit(Op.UNWRAPERR, p.code());
            out.site = site;
        } else {
            if (c.capture() != null) cx.values.assignLocal(c.capture(), p.code());
            handled(c.handler(), d, saved);
        }
        out.bind(end);
    }

    /** The {@code unreachable} that is all of a catch's handler ({@code catch unreachable}, {@code catch { unreachable; }}), or null. */
    private static Span onlyUnreachable(Ir.Expr handler) {
        if (handler instanceof Ir.Unreachable u) return u.span();
        if (handler instanceof Ir.Block b && b.label() == null && b.body().size() == 1) {
            Ir.Node n = b.body().get(0);
            if (n instanceof Ir.ExprStmt es) n = es.expr();
            if (n instanceof Ir.Unreachable u) return u.span();
        }
        return null;
    }

    void orelse(Ir.Orelse o, Dest d) {
        Type.Optional ot = (Type.Optional) o.operand().type();
        int fallback = out.newLabel();
        int end = out.newLabel();
        if (Layout.isPointerLike(ot.child()) && Layout.isScalar(ot.child())) {
            int v = cx.values.scalar(o.operand());
            out.jump(Op.JZ, fallback, v);
            cx.values.toDest(v, d, o.type());
        } else if (Layout.isPointerLike(ot.child())) {
            // an optional slice: null is a null pointer field, evaluated once
            Mem m = cx.values.agg(o.operand());
            int ptr = out.temp();
            cx.places.load(ptr, m, new Type.Int(64, false));
            out.jump(Op.JZ, fallback, ptr);
            cx.values.placeValue(m, ot.child(), d);
        } else {
            Mem m = cx.values.agg(o.operand());
            int flag = out.temp();
            cx.places.load(flag, m.plus(Layout.optionalFlagOffset(ot)), new Type.Bool());
            out.jump(Op.JZ, fallback, flag);
            cx.values.placeValue(m, ot.child(), d);
        }
        out.jump(Op.JMP, end);
        out.bind(fallback);
        cx.values.gen(o.fallback(), o.fallback().type() instanceof Type.NoReturn ? DROP : d);
        out.bind(end);
    }

    void unwrapOpt(Ir.UnwrapOpt u, Dest d) {
        Type.Optional ot = (Type.Optional) u.operand().type();
        if (Layout.isPointerLike(ot.child())) {
            if (Layout.isScalar(ot.child())) {
                int v = cx.values.scalar(u.operand());
                out.emit(Op.NULLCHK, v);
                cx.values.toDest(v, d, u.type());
            } else {
                Mem m = cx.values.agg(u.operand());
                int ptr = out.temp();
                cx.places.load(ptr, m, new Type.Int(64, false));
                out.emit(Op.NULLCHK, ptr);
                cx.values.placeValue(m, u.type(), d);
            }
            return;
        }
        Mem m = cx.values.agg(u.operand());
        int flag = out.temp();
        cx.places.load(flag, m.plus(Layout.optionalFlagOffset(ot)), new Type.Bool());
        out.emit(Op.NULLCHK, flag);
        cx.values.placeValue(m, ot.child(), d);
    }

    void ifErr(Ir.IfErr ie, Dest d) {
        int saved = out.temp();
        out.emit(Op.ERRSAVE, saved);
        EuParts p = errorUnion(ie.operand());
        int otherwise = out.newLabel();
        int end = out.newLabel();
        out.jump(Op.JNZ, otherwise, p.code());
        if (ie.capture() != null) {
            Type pt = ((Type.ErrorUnion) ie.operand().type()).payload();
            if (Layout.sizeOf(pt) > 0) cx.values.captureFrom(ie.capture(), p.payload());
        }
        cx.flow.branch(ie.then(), d);
        out.jump(Op.JMP, end);
        out.bind(otherwise);
        if (ie.errCapture() != null) cx.values.assignLocal(ie.errCapture(), p.code());
        handled(ie.otherwise(), d, saved);
        out.bind(end);
    }

    /**
     * An error handler's code. Zig drops the error's trace entries once the error is handled: when
     * the handler completes or leaves by break/continue, but not when it returns an error.
     */
    private void handled(Ir.Expr handler, Dest d, int savedTraceLen) {
        handlerSaves.add(savedTraceLen);
        cx.flow.branch(handler, d);
        handlerSaves.remove(handlerSaves.size() - 1);
        if (!(handler.type() instanceof Type.NoReturn)) out.emit(Op.ERRRESTORE, savedTraceLen);
    }

    /** How many error handlers are open (a break or continue target remembers it). */
    int openHandlers() { return handlerSaves.size(); }

    void restoreHandled(ControlFlow.Target t) {
        if (handlerSaves.size() > t.handlers()) out.emit(Op.ERRRESTORE, handlerSaves.get(t.handlers()));
    }

    void returnExpr(Ir.Return r) {
        Type rt = cx.fn.returnType;
        Ir.Expr v = r.value();
        if (v == null) {
            cx.defers.runDefers(cx.defers.depth(), false, -1);
            out.emit(Op.ERRPOP);
            if (rt instanceof Type.ErrorUnion eu && Layout.isScalar(eu)) {
                int z = out.temp();
                out.emit(Op.LDK, z, out.k(0));
                out.emit(Op.RET, z);
            } else {
                out.emit(Op.RETV);
            }
            return;
        }
        Boolean staticError = v instanceof Ir.Convert c ? (c.kind() == Ir.ConvKind.WRAP_ERROR ? Boolean.TRUE
                : c.kind() == Ir.ConvKind.WRAP_PAYLOAD ? Boolean.FALSE : null) : null;
        if (Layout.isScalar(rt)) {
            int val = out.temp();
            cx.values.gen(v, new ToReg(val));
            if (rt instanceof Type.ErrorUnion) {
                errorAwareReturn(val, staticError, () -> out.emit(Op.RET, val));
            } else {
                cx.defers.runDefers(cx.defers.depth(), false, -1);
                out.emit(Op.ERRPOP);
                out.emit(Op.RET, val);
            }
            return;
        }
        int res = out.temp();
        out.emit(Op.LDRES, res);
        Mem resMem = new Mem(res, 0);
        if (Layout.sizeOf(rt) > 0) cx.values.gen(v, new ToMem(resMem));
        else cx.values.gen(v, DROP);
        if (rt instanceof Type.ErrorUnion eu) {
            int code = out.temp();
            cx.places.load(code, resMem.plus(Layout.errorUnionLayout(eu)[1]), new Type.Int(16, false));
            errorAwareReturn(code, staticError, () -> out.emit(Op.RETV));
        } else {
            cx.defers.runDefers(cx.defers.depth(), false, -1);
            out.emit(Op.ERRPOP);
            out.emit(Op.RETV);
        }
    }

    /** Returns with the error trace and errdefers when the returned value is an error. */
    private void errorAwareReturn(int codeReg, Boolean staticError, Runnable ret) {
        if (Boolean.TRUE.equals(staticError)) {
            out.emit(Op.ERRTRACE);
            cx.defers.runDefers(cx.defers.depth(), true, codeReg);
            ret.run();
            return;
        }
        if (Boolean.FALSE.equals(staticError) || !cx.defers.hasErrDefer()) {
            if (staticError == null) {
                int ok = out.newLabel();
                out.jump(Op.JZ, ok, codeReg);
                out.emit(Op.ERRTRACE);
                out.bind(ok);
            }
            cx.defers.runDefers(cx.defers.depth(), false, -1);
            if (staticError == null) {
                // Zig pops the error trace when the value returned is not an error
                int isError = out.newLabel();
                out.jump(Op.JNZ, isError, codeReg);
                out.emit(Op.ERRPOP);
                out.bind(isError);
            } else {
                out.emit(Op.ERRPOP);
            }
            ret.run();
            return;
        }
        int ok = out.newLabel();
        out.jump(Op.JZ, ok, codeReg);
        out.emit(Op.ERRTRACE);
        cx.defers.runDefers(cx.defers.depth(), true, codeReg);
        ret.run();
        out.bind(ok);
        cx.defers.runDefers(cx.defers.depth(), false, -1);
        out.emit(Op.ERRPOP);
        ret.run();
    }
}
