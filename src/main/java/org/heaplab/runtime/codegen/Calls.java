package org.heaplab.runtime.codegen;

import java.util.List;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.Type;
import org.heaplab.runtime.code.Op;
import org.heaplab.runtime.codegen.Dest.ToMem;
import org.heaplab.source.Span;

/** Calls: of a function known when compiling, of a native, or through a function pointer. */
final class Calls {
    private final FnContext cx;
    private final Emitter out;
    private final FrameLayout frame;

    Calls(FnContext cx) {
        this.cx = cx;
        this.out = cx.out;
        this.frame = cx.frame;
    }

    void call(Ir.Function target, Ir.Expr callee, List<Ir.Expr> args, Type resultType, Dest d, Span callSite) {
        out.debugStatement = callSite;
        // Zig's Sema: a call given an error (union) as an argument drops, when it returns no error, the
        // trace entries its arguments pushed (expectError(error.X, f()) that passes leaves no trace of f's error)
        int trace = -1;
        if (!(resultType instanceof Type.NoReturn) && args.stream().anyMatch(a -> isError(a.type()))) {
            trace = out.temp();
            out.emit(Op.ERRSAVE, trace);
        }
        int[] argRegs = new int[args.size()];
        for (int i = 0; i < args.size(); i++) {
            Ir.Expr a = args.get(i);
            if (Layout.isScalar(a.type())) {
                argRegs[i] = cx.values.scalar(a);
            } else {
                argRegs[i] = cx.places.addressOf(cx.values.agg(a));
            }
        }
        int fnReg = callee != null ? cx.values.scalar(callee) : -1;
        boolean aggregate = !Layout.isScalar(resultType);
        int res = -1;
        Mem resMem = null;
        if (aggregate && Layout.sizeOf(resultType) > 0) {
            resMem = d instanceof ToMem tm ? tm.mem() : frame.frameTemp(resultType);
            res = cx.places.addressOf(resMem);
        }
        int dst = aggregate ? -1 : cx.values.destReg(d);
        Span saved = out.site;
        out.site = callSite;
        int[] ops = new int[4 + argRegs.length];
        Op op;
        if (callee != null) {
            op = Op.CALLI;
            ops[0] = fnReg;
        } else if (target.isNative()) {
            op = Op.NATIVE;
            ops[0] = target.index;
        } else {
            op = Op.CALL;
            ops[0] = target.index;
        }
        ops[1] = dst;
        ops[2] = res;
        ops[3] = argRegs.length;
        System.arraycopy(argRegs, 0, ops, 4, argRegs.length);
        out.emit(op, ops);
        if (trace >= 0) popTraceUnlessError(trace, resultType, dst, resMem);
        out.site = saved;
        if (!aggregate) cx.values.finishReg(dst, d, resultType);
    }

    private static boolean isError(Type t) {
        return t instanceof Type.ErrorUnion || t instanceof org.heaplab.lang.types.ErrorSetType;
    }

    /** Restores the error trace saved before the arguments, unless the call's result is an error. */
    private void popTraceUnlessError(int trace, Type resultType, int dst, Mem resMem) {
        if (!(resultType instanceof Type.ErrorUnion eu)) {
            if (!(resultType instanceof org.heaplab.lang.types.ErrorSetType)) out.emit(Op.ERRRESTORE, trace);
            return;
        }
        int code;
        if (Layout.isScalar(eu)) {
            code = dst;
        } else if (resMem != null) {
            code = out.temp();
            cx.places.load(code, resMem.plus(Layout.errorUnionLayout(eu)[1]), new Type.Int(16, false));
        } else {
            return;
        }
        int skip = out.newLabel();
        out.jump(Op.JNZ, skip, code);
        out.emit(Op.ERRRESTORE, trace);
        out.bind(skip);
    }
}
