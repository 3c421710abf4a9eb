package org.heaplab.runtime.codegen;

import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.Type;
import org.heaplab.runtime.code.FnCode;
import org.heaplab.runtime.code.Op;
import org.heaplab.source.Span;

/**
 * A function's body and its statements. A statement is a step: it gets a statement boundary
 * (unless it begins the statement it belongs to), and the temporaries it used are free at its
 * end.
 */
final class Statements {
    private final FnContext cx;

    Statements(FnContext cx) {
        this.cx = cx;
    }

    /** The whole function: its body, then the return at its end when control can fall off it. */
    FnCode function() {
        Emitter out = cx.out;
        Ir.Function fn = cx.fn;
        cx.frame.layOut();
        out.site = fn.body.span();
        cx.defers.enterScope();
        cx.flow.statements(fn.body.body());
        // falling off the end: run the body's defers and return
        if (!(fn.body.type() instanceof Type.NoReturn)) {
            cx.defers.runAll(false, -1);
            out.emit(Op.ERRPOP);
            if (fn.returnType instanceof Type.ErrorUnion eu && Layout.isScalar(eu)) {
                int r = out.temp();
                out.emit(Op.LDK, r, out.k(0));
                out.emit(Op.RET, r);
            } else if (!Layout.isScalar(fn.returnType) && fn.returnType instanceof Type.ErrorUnion eu) {
                int res = out.temp();
                out.emit(Op.LDRES, res);
                int z = out.temp();
                out.emit(Op.LDK, z, out.k(0));
                out.emit(Op.ST, res, (int) Layout.errorUnionLayout(eu)[1], z, 2);
                out.emit(Op.RETV);
            } else {
                out.emit(Op.RETV);
            }
        }
        cx.defers.exitScope();
        return out.finish(cx.frame);
    }

    /** One statement: a step of its own, unless it begins the statement it is part of. */
    void stmt(Ir.Node n) {
        Emitter out = cx.out;
        Span saved = out.site;
        out.site = n.span();
        out.debugStatement = n.span();
        // a statement that begins its enclosing one (the first of a block, the expression of
        // a loop's continue clause) shares that statement's step
        int own = !(n instanceof Ir.Defer) && !out.statementPending() ? out.statement(n.span()) : -1;
        int regMark = out.tempMark();
        switch (n) {
            case Ir.VarDecl v -> varDecl(v);
            case Ir.ExprStmt es -> cx.values.gen(es.expr(), Dest.DROP);
            case Ir.Discard d -> cx.values.gen(d.value(), Dest.DROP);
            case Ir.CompoundAssign ca -> cx.values.compoundAssign(ca);
            case Ir.Defer d -> cx.defers.register(d);
            case Ir.Expr e -> cx.values.gen(e, Dest.DROP);
        }
        if (own >= 0) out.endStatement(own);
        cx.defers.statementDone();
        out.releaseTemps(regMark, cx.frame.firstTemp());
        out.site = saved;
    }

    private void varDecl(Ir.VarDecl v) {
        Ir.Local l = v.local();
        Integer reg = cx.frame.register(l);
        if (reg != null) {
            cx.values.gen(v.init(), new Dest.ToReg(reg));
        } else {
            cx.values.gen(v.init(), new Dest.ToMem(cx.frame.slot(l)));
        }
        cx.defers.declareVariable(l);
    }
}
