package org.heaplab.runtime.codegen;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.UnionType;
import org.heaplab.lang.types.Value;
import org.heaplab.runtime.code.Op;
import org.heaplab.runtime.code.WideOp;
import org.heaplab.source.Span;

import static org.heaplab.runtime.codegen.Dest.DROP;

/**
 * Branches and loops: conditions compiled to compare-and-jump, {@code if} (with optional
 * captures), {@code switch}, blocks, {@code while} and {@code for} loops, {@code break} and
 * {@code continue} (each running the defers of the scopes it leaves).
 *
 * <p>A plain {@code while} loop is laid out with its test at the bottom, so an iteration
 * takes one jump. A {@code for} loop counts in a hidden register local.
 */
final class ControlFlow {
    /**
     * A break/continue target. {@code handlers} is how many error handlers were open where it was
     * made: leaving handlers opened after it by break or continue handles their error.
     */
    record Target(Dest dest, int breakLabel, int continueLabel, int depth, int handlers) {}

    private final Map<Ir.Label, Target> targets = new IdentityHashMap<>();

    private final FnContext cx;
    private final Emitter out;
    private final FrameLayout frame;

    ControlFlow(FnContext cx) {
        this.cx = cx;
        this.out = cx.out;
        this.frame = cx.frame;
    }

    /** Jumps to {@code falseLabel} when {@code cond} is false, short-circuiting and/or. */
    void condJump(Ir.Expr cond, int falseLabel) {
        Span saved = out.site;
        out.site = cond.span();
        try {
            if (cond instanceof Ir.Logic lg) {
                if (lg.isAnd()) {
                    condJump(lg.left(), falseLabel);
                    condJump(lg.right(), falseLabel);
                } else {
                    int trueLabel = out.newLabel();
                    int rightLabel = out.newLabel();
                    condJump(lg.left(), rightLabel);
                    out.jump(Op.JMP, trueLabel);
                    out.bind(rightLabel);
                    condJump(lg.right(), falseLabel);
                    out.bind(trueLabel);
                }
                return;
            }
            if (cond instanceof Ir.Unary u && u.op() == Ir.UnOp.NOT) {
                int skip = out.newLabel();
                condJump(u.operand(), skip);
                out.jump(Op.JMP, falseLabel);
                out.bind(skip);
                return;
            }
            if (cond instanceof Ir.Cmp c && comparesInOne(c)) {
                jumpOnCompare(c, false, falseLabel);
                return;
            }
            if (cond instanceof Ir.Const c && c.value() instanceof Value.BoolV bv) {
                if (!bv.value()) out.jump(Op.JMP, falseLabel);
                return;
            }
            int r = cx.values.scalar(cond);
            out.jump(Op.JZ, falseLabel, r);
        } finally {
            out.site = saved;
        }
    }

    /** A condition {@link #jumpIfTrue} can test in one instruction. */
    private static boolean testsInOne(Ir.Expr cond) {
        if (cond instanceof Ir.Cmp c) return comparesInOne(c);
        return !(cond instanceof Ir.Logic || cond instanceof Ir.Unary || cond instanceof Ir.Const);
    }

    /** A comparison a compare-and-jump instruction can do (not floats, optionals or wide integers). */
    private static boolean comparesInOne(Ir.Cmp c) {
        Type t = c.left().type();
        return !(t instanceof Type.Float) && !(t instanceof Type.Optional) && !WideInts.isWide(t) && !org.heaplab.lang.types.Packed.isPacked(t);
    }

    /** Jumps to {@code trueLabel} when {@code cond} (one that {@link #testsInOne}) is true. */
    private void jumpIfTrue(Ir.Expr cond, int trueLabel) {
        Span saved = out.site;
        out.site = cond.span();
        if (cond instanceof Ir.Cmp c) {
            jumpOnCompare(c, true, trueLabel);
        } else {
            out.jump(Op.JNZ, trueLabel, cx.values.scalar(cond));
        }
        out.site = saved;
    }

    void ifElse(Ir.IfElse ie, Dest d) {
        int otherwise = out.newLabel();
        int end = out.newLabel();
        condJump(ie.cond(), otherwise);
        branch(ie.then(), d);
        out.jump(Op.JMP, end);
        out.bind(otherwise);
        if (ie.otherwise() != null) branch(ie.otherwise(), d);
        out.bind(end);
    }

    void branch(Ir.Expr e, Dest d) {
        body(e, e.type() instanceof Type.NoReturn ? DROP : d);
    }

    /**
     * The body of an if, else, switch prong or loop. Zig lowers a block there as the body itself, not as a block
     * statement of its own, so completing it keeps the error trace of the errors its constants hold.
     */
    private void body(Ir.Expr e, Dest d) {
        if (e instanceof Ir.Block b && b.label() == null) bodies.add(b);
        cx.values.gen(e, d);
    }

    private final java.util.Set<Ir.Block> bodies = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    void ifOpt(Ir.IfOpt io, Dest d) {
        Type.Optional ot = (Type.Optional) io.operand().type();
        int otherwise = out.newLabel();
        int end = out.newLabel();
        if (io.byRef()) {
            Mem m = cx.places.place(io.operand());
            int addr = cx.places.addressOf(m);
            if (Layout.isPointerLike(ot.child())) {
                int v = out.temp();
                cx.places.load(v, m, new Type.Int(64, false));
                out.jump(Op.JZ, otherwise, v);
            } else {
                int flag = out.temp();
                cx.places.load(flag, m.plus(Layout.optionalFlagOffset(ot)), new Type.Bool());
                out.jump(Op.JZ, otherwise, flag);
            }
            if (io.capture() != null) cx.values.assignLocal(io.capture(), addr);
        } else if (Layout.isPointerLike(ot.child())) {
            if (Layout.isScalar(ot.child())) {
                int v = cx.values.scalar(io.operand());
                out.jump(Op.JZ, otherwise, v);
                if (io.capture() != null) cx.values.assignLocal(io.capture(), v);
            } else {
                Mem m = cx.values.agg(io.operand());
                int ptr = out.temp();
                cx.places.load(ptr, m, new Type.Int(64, false));
                out.jump(Op.JZ, otherwise, ptr);
                if (io.capture() != null) {
                    cx.defers.declared(io.capture());
                    cx.places.copy(frame.slot(io.capture()), m, Layout.sizeOf(ot.child()));
                }
            }
        } else {
            Mem m = cx.values.agg(io.operand());
            int flag = out.temp();
            cx.places.load(flag, m.plus(Layout.optionalFlagOffset(ot)), new Type.Bool());
            out.jump(Op.JZ, otherwise, flag);
            if (io.capture() != null) cx.values.captureFrom(io.capture(), m);
        }
        branch(io.then(), d);
        out.jump(Op.JMP, end);
        out.bind(otherwise);
        if (io.otherwise() != null) branch(io.otherwise(), d);
        out.bind(end);
    }

    void switchExpr(Ir.Switch sw, Dest d) {
        Type ot = sw.operand().type();
        int v;
        Mem unionMem = null;
        Mem wideMem = null;
        int wideAddr = -1;
        Type itemType = ot;
        if (ot instanceof UnionType ut) {
            unionMem = cx.values.agg(sw.operand());
            v = out.temp();
            cx.places.load(v, unionMem.plus(ut.tagOffset()), ut.tag().tagType());
            itemType = ut.tag();
        } else if (WideInts.isWide(ot)) {
            // a wide integer stays in memory: items are compared with WCMP
            wideMem = cx.values.agg(sw.operand());
            wideAddr = cx.places.addressOf(wideMem);
            v = -1;
        } else {
            v = cx.values.scalar(sw.operand());
        }
        int end = out.newLabel();
        List<Integer> prongLabels = new ArrayList<>();
        Integer elseLabel = null;
        for (Ir.Prong p : sw.prongs()) {
            int label = out.newLabel();
            prongLabels.add(label);
            if (p.isElse()) {
                elseLabel = label;
                continue;
            }
            if (wideMem != null) {
                wideProngTests(p, wideAddr, ot, label);
                continue;
            }
            for (Value item : p.items()) {
                int c = out.temp();
                out.emit(Op.LDK, c, out.k(cx.image.scalarBits(itemType, item)));
                out.jump(Op.JEQ, label, v, c);
            }
            for (Value[] r : p.ranges()) {
                int lo = out.temp();
                out.emit(Op.LDK, lo, out.k(cx.image.scalarBits(itemType, r[0])));
                int hi = out.temp();
                out.emit(Op.LDK, hi, out.k(cx.image.scalarBits(itemType, r[1])));
                boolean signed = itemType instanceof Type.Int i && i.signed();
                int skip = out.newLabel();
                out.jump(signed ? Op.JLTS : Op.JLTU, skip, v, lo);
                out.jump(signed ? Op.JLTS : Op.JLTU, skip, hi, v);
                out.jump(Op.JMP, label);
                out.bind(skip);
            }
        }
        if (elseLabel != null) out.jump(Op.JMP, elseLabel);
        else out.emit(Op.UNREACH);
        for (int i = 0; i < sw.prongs().size(); i++) {
            Ir.Prong p = sw.prongs().get(i);
            out.bind(prongLabels.get(i));
            if (p.capture() != null) {
                if (unionMem != null && !p.isElse()) {
                    if (p.captureByRef()) cx.values.assignLocal(p.capture(), cx.places.addressOf(unionMem));
                    else if (Layout.sizeOf(p.capture().type) > 0) cx.values.captureFrom(p.capture(), unionMem);
                } else if (unionMem != null) {
                    if (p.captureByRef()) cx.values.assignLocal(p.capture(), cx.places.addressOf(unionMem));
                    else {
                        cx.defers.declared(p.capture());
                        cx.places.copy(frame.slot(p.capture()), unionMem, Layout.sizeOf(ot));
                    }
                } else if (wideMem != null) {
                    cx.values.captureFrom(p.capture(), wideMem);
                } else {
                    cx.values.assignLocal(p.capture(), v);
                }
            }
            branch(p.body(), d);
            out.jump(Op.JMP, end);
        }
        out.bind(end);
    }

    /** Jumps to {@code label} when the wide integer at r[addr] matches one of the prong's items or ranges. */
    private void wideProngTests(Ir.Prong p, int addr, Type t, int label) {
        int tk = TypeCodes.tk(t);
        for (Value item : p.items()) {
            int c = out.temp();
            out.emit(Op.LDK, c, out.k(cx.image.constantAddress(item, t)));
            int r = out.temp();
            out.emit(Op.WCMP, r, addr, c, tk, WideOp.EQ);
            out.jump(Op.JNZ, label, r);
        }
        for (Value[] range : p.ranges()) {
            int lo = out.temp();
            out.emit(Op.LDK, lo, out.k(cx.image.constantAddress(range[0], t)));
            int hi = out.temp();
            out.emit(Op.LDK, hi, out.k(cx.image.constantAddress(range[1], t)));
            int skip = out.newLabel();
            int r = out.temp();
            out.emit(Op.WCMP, r, addr, lo, tk, WideOp.LT);
            out.jump(Op.JNZ, skip, r);
            out.emit(Op.WCMP, r, addr, hi, tk, WideOp.GT);
            out.jump(Op.JNZ, skip, r);
            out.jump(Op.JMP, label);
            out.bind(skip);
        }
    }

    void block(Ir.Block b, Dest d) {
        int end = out.newLabel();
        if (b.label() != null) targets.put(b.label(), new Target(d, end, -1, cx.defers.depth(), cx.errors.openHandlers()));
        cx.defers.enterScope();
        long frameMark = frame.frameMark();
        boolean isBody = bodies.remove(b);
        int parentMark = traceMark();
        statements(b.body());
        if (!(b.type() instanceof Type.NoReturn) || b.label() != null) cx.defers.runDefers(1, false, -1);
        // like Zig's Sema, a block statement that completes, having kept errors in its own constants, cuts the
        // trace back to its enclosing block's mark
        if (b.label() == null && !isBody && keepsErrors(b.body()) && !(b.type() instanceof Type.NoReturn)) {
            if (parentMark < 0) out.emit(Op.ERRPOP);
            else out.emit(Op.ERRRESTORE, parentMark);
        }
        cx.defers.exitScope();
        frame.releaseFrame(frameMark);
        out.bind(end);
    }

    /** Whether a block holds an error union or error in a constant or variable it declares ({@code const e = f();}). */
    /*
     * Error-trace marks, after Zig's Sema: every block has a mark, its parent's at first (the function's entry at
     * the top, -1 here), moved to the trace's length after each of its constants that keeps an error (union). A
     * block statement that completes cuts the trace back to its parent's mark; the register of each block's own
     * mark lives as long as the block.
     */
    private final java.util.ArrayDeque<Integer> marks = new java.util.ArrayDeque<>();

    /** The register holding the innermost open block's trace mark, or -1 for the function's entry. */
    int traceMark() {
        return marks.isEmpty() ? -1 : marks.peek();
    }

    /** A block's statements, with its trace mark kept as Zig keeps it. */
    void statements(List<Ir.Node> body) {
        boolean own = keepsErrors(body);
        marks.push(own ? out.temp() : traceMark());
        try {
            for (Ir.Node n : body) {
                cx.statements.stmt(n);
                if (own && keepsError(n)) out.emit(Op.ERRSAVE, marks.peek());
            }
        } finally {
            marks.pop();
        }
    }

    private static boolean keepsErrors(List<Ir.Node> body) {
        for (Ir.Node n : body) if (keepsError(n)) return true;
        return false;
    }

    private static boolean keepsError(Ir.Node n) {
        return n instanceof Ir.VarDecl v && v.init() != null && !(v.init() instanceof Ir.Const)
                && (v.local().type instanceof Type.ErrorUnion || v.local().type instanceof org.heaplab.lang.types.ErrorSetType);
    }

    /**
     * Jumps to {@code label} when the comparison {@code c} (of integers, or of other scalars
     * compared as 64-bit words) comes out {@code when}: one compare-and-jump instruction, which
     * holds the constant when one side is a small one.
     */
    private void jumpOnCompare(Ir.Cmp c, boolean when, int label) {
        boolean signed = c.left().type() instanceof Type.Int i && i.signed();
        Ir.CmpOp op = when ? c.op() : negated(c.op());
        Long k = cx.values.smallConstant(c.right());
        Ir.Expr x = c.left();
        if (k == null && (k = cx.values.smallConstant(c.left())) != null) {
            // the constant on the left: k op x is x op' k
            op = mirrored(op);
            x = c.right();
        }
        if (k != null && (op == Ir.CmpOp.LE || op == Ir.CmpOp.GT)) {
            // a <= k is a < k + 1, a > k is a >= k + 1 (an unsigned k that reads as negative is
            // past the immediates' range: k + 1 would wrap)
            op = op == Ir.CmpOp.LE ? Ir.CmpOp.LT : Ir.CmpOp.GE;
            k = k >= Integer.MAX_VALUE || !signed && k < 0 ? null : k + 1;
        }
        if (k != null && (signed || k >= 0 || op == Ir.CmpOp.EQ || op == Ir.CmpOp.NE)) {
            int a = cx.values.scalar(x);
            int v = (int) (long) k;
            switch (op) {
                case EQ -> out.jump(Op.JEQK, label, a, v);
                case NE -> out.jump(Op.JNEK, label, a, v);
                case LT -> out.jump(signed ? Op.JLTSK : Op.JLTUK, label, a, v);
                case GE -> out.jump(signed ? Op.JGESK : Op.JGEUK, label, a, v);
                default -> throw new IllegalStateException(op.toString());
            }
            return;
        }
        int a = cx.values.scalar(c.left());
        int b = cx.values.scalar(c.right());
        switch (when ? c.op() : negated(c.op())) {
            case EQ -> out.jump(Op.JEQ, label, a, b);
            case NE -> out.jump(Op.JNE, label, a, b);
            case LT -> out.jump(signed ? Op.JLTS : Op.JLTU, label, a, b);
            case GE -> out.jump(signed ? Op.JGES : Op.JGEU, label, a, b);
            case GT -> out.jump(signed ? Op.JLTS : Op.JLTU, label, b, a);
            case LE -> out.jump(signed ? Op.JGES : Op.JGEU, label, b, a);
        }
    }

    private static Ir.CmpOp negated(Ir.CmpOp op) {
        return switch (op) {
            case EQ -> Ir.CmpOp.NE;
            case NE -> Ir.CmpOp.EQ;
            case LT -> Ir.CmpOp.GE;
            case GE -> Ir.CmpOp.LT;
            case GT -> Ir.CmpOp.LE;
            case LE -> Ir.CmpOp.GT;
        };
    }

    /** The comparison with its sides swapped: {@code a < b} is {@code b > a}. */
    private static Ir.CmpOp mirrored(Ir.CmpOp op) {
        return switch (op) {
            case EQ, NE -> op;
            case LT -> Ir.CmpOp.GT;
            case GT -> Ir.CmpOp.LT;
            case LE -> Ir.CmpOp.GE;
            case GE -> Ir.CmpOp.LE;
        };
    }

    /**
     * {@code while (cond) : (cont) body} with a plain condition, laid out with the test at the
     * bottom so that each iteration takes one jump: {@code JMP test; body: body; cont: cont;
     * test: if (cond) goto body}.
     */
    private void rotatedWhileLoop(Ir.While w, Dest d) {
        int body = out.newLabel();
        int cont = out.newLabel();
        int test = out.newLabel();
        int end = out.newLabel();
        targets.put(w.label(), new Target(d, end, cont, cx.defers.depth(), cx.errors.openHandlers()));
        out.jump(Op.JMP, test);
        out.bind(body);
        cx.defers.enterScope();
        body(w.body(), DROP);
        cx.defers.exitScope();
        out.bind(cont);
        if (w.cont() != null) cx.statements.stmt(w.cont());
        out.bind(test);
        out.statement(w.cond().span());
        jumpIfTrue(w.cond(), body);
        if (w.otherwise() != null) branch(w.otherwise(), d);
        out.bind(end);
    }

    void whileLoop(Ir.While w, Dest d) {
        if (w.kind() == Ir.WhileKind.BOOL && testsInOne(w.cond())) {
            rotatedWhileLoop(w, d);
            return;
        }
        int top = out.newLabel();
        int cont = out.newLabel();
        int otherwise = out.newLabel();
        int end = out.newLabel();
        targets.put(w.label(), new Target(d, end, cont, cx.defers.depth(), cx.errors.openHandlers()));
        out.bind(top);
        int condStep = out.statement(w.cond().span());
        int saved = -1;
        switch (w.kind()) {
            case BOOL -> condJump(w.cond(), otherwise);
            case OPTIONAL -> {
                Type.Optional ot = (Type.Optional) w.cond().type();
                if (w.captureByRef()) {
                    Mem m = cx.places.place(w.cond());
                    int flag = out.temp();
                    if (Layout.isPointerLike(ot.child())) cx.places.load(flag, m, new Type.Int(64, false));
                    else cx.places.load(flag, m.plus(Layout.optionalFlagOffset(ot)), new Type.Bool());
                    out.jump(Op.JZ, otherwise, flag);
                    if (w.capture() != null) cx.values.assignLocal(w.capture(), cx.places.addressOf(m));
                } else if (Layout.isPointerLike(ot.child()) && Layout.isScalar(ot.child())) {
                    int v = cx.values.scalar(w.cond());
                    out.jump(Op.JZ, otherwise, v);
                    if (w.capture() != null) cx.values.assignLocal(w.capture(), v);
                } else {
                    Mem m = cx.values.agg(w.cond());
                    int flag = out.temp();
                    if (Layout.isPointerLike(ot.child())) cx.places.load(flag, m, new Type.Int(64, false));
                    else cx.places.load(flag, m.plus(Layout.optionalFlagOffset(ot)), new Type.Bool());
                    out.jump(Op.JZ, otherwise, flag);
                    if (w.capture() != null) cx.values.captureFrom(w.capture(), m);
                }
            }
            case ERROR_UNION -> {
                saved = out.temp();
                out.emit(Op.ERRSAVE, saved);
                ErrorFlow.EuParts p = cx.errors.errorUnion(w.cond());
                out.jump(Op.JNZ, otherwise, p.code());
                Type pt = ((Type.ErrorUnion) w.cond().type()).payload();
                if (w.capture() != null && Layout.sizeOf(pt) > 0) cx.values.captureFrom(w.capture(), p.payload());
                if (w.elseCapture() != null) cx.values.assignLocal(w.elseCapture(), p.code());
            }
        }
        out.endStatement(condStep);
        cx.defers.enterScope();
        body(w.body(), DROP);
        cx.defers.exitScope();
        out.bind(cont);
        if (w.cont() != null) cx.statements.stmt(w.cont());
        out.jump(Op.JMP, top);
        out.bind(otherwise);
        if (saved >= 0) out.emit(Op.ERRRESTORE, saved);
        if (w.otherwise() != null) branch(w.otherwise(), d);
        out.bind(end);
    }

    void forLoop(Ir.For f, Dest d) {
        int top = out.newLabel();
        int cont = out.newLabel();
        int done = out.newLabel();
        int end = out.newLabel();
        // inputs: base pointers, starts and the common length
        int n = f.inputs().size();
        int[] bases = new int[n];
        int[] starts = new int[n];
        int lengthReg = frame.counterRegister(f.length());
        boolean haveLength = false;
        for (int i = 0; i < n; i++) {
            Ir.ForInput in = f.inputs().get(i);
            Span saved = out.site;
            out.site = in.span();
            int thisLen;
            if (in.isRange()) {
                starts[i] = cx.values.scalar(in.rangeStart());
                if (in.rangeEnd() == null) {
                    thisLen = -1;
                } else {
                    int e = cx.values.scalar(in.rangeEnd());
                    int l = out.temp();
                    // Zig counts a range as end - start, checked: for (1..0) is an integer overflow
                    out.site = in.rangeStart().span();
                    out.emit(Op.SUBU64, l, e, starts[i]);
                    out.site = in.span();
                    thisLen = l;
                }
                int keep = out.temp();
                out.emit(Op.MOV, keep, starts[i]);
                starts[i] = keep;
            } else {
                int[] pl = cx.places.ptrAndLen(in.object());
                int keep = out.temp();
                out.emit(Op.MOV, keep, pl[0]);
                bases[i] = keep;
                thisLen = pl[1];
            }
            if (thisLen >= 0) {
                if (!haveLength) {
                    out.emit(Op.MOV, lengthReg, thisLen);
                    haveLength = true;
                } else {
                    out.emit(Op.LENEQ, lengthReg, thisLen, cx.image.panicId("for loop over objects with non-equal lengths"));
                }
            }
            out.site = saved;
        }
        int index = frame.counterRegister(f.index());
        out.emit(Op.LDK, index, out.k(0));
        targets.put(f.label(), new Target(d, end, cont, cx.defers.depth(), cx.errors.openHandlers()));
        out.bind(top);
        out.statement(f.span());
        out.jump(Op.JGEU, done, index, lengthReg);
        for (int i = 0; i < n; i++) {
            Ir.Local cap = f.captures().get(i);
            Ir.ForInput in = f.inputs().get(i);
            if (in.isRange()) {
                int v = out.temp();
                out.emit(Op.ADDW64, v, starts[i], index);
                cx.values.assignLocal(cap, v);
                continue;
            }
            Type elem = Layout.elementType(in.object().type());
            long es = Layout.sizeOf(elem);
            int addr = out.temp();
            out.emit(Op.IDXADDR, addr, bases[i], index, (int) es);
            if (f.byRef().get(i)) {
                cx.values.assignLocal(cap, addr);
            } else {
                cx.values.captureFrom(cap, new Mem(addr, 0));
            }
        }
        cx.defers.enterScope();
        body(f.body(), DROP);
        cx.defers.exitScope();
        out.bind(cont);
        out.emit(Op.ADDW64K, index, index, 1);
        out.jump(Op.JMP, top);
        out.bind(done);
        if (f.otherwise() != null) branch(f.otherwise(), d);
        out.bind(end);
    }

    void breakExpr(Ir.Break b) {
        Target t = targets.get(b.target());
        if (b.value() != null) cx.values.gen(b.value(), t.dest());
        cx.errors.restoreHandled(t);
        cx.defers.runDefers(cx.defers.depth() - t.depth(), false, -1);
        out.jump(Op.JMP, t.breakLabel());
    }

    void continueExpr(Ir.Continue c) {
        Target t = targets.get(c.target());
        cx.errors.restoreHandled(t);
        cx.defers.runDefers(cx.defers.depth() - t.depth(), false, -1);
        out.jump(Op.JMP, t.continueLabel());
    }
}
