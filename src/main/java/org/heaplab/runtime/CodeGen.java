package org.heaplab.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.ErrorSetType;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.UnionType;
import org.heaplab.lang.types.Value;
import org.heaplab.lang.ir.Ir;
import org.heaplab.memory.ByteState;
import org.heaplab.source.Span;

/**
 * Compiles one function's IR to VM instructions.
 *
 * <p>Scalar values live in registers; aggregates (slices, structs, arrays, error unions of
 * non-void payloads...) in frame memory, handled by address. A local whose address is never
 * taken and whose type is scalar gets a register; every local also gets a frame slot, so the
 * stack pane can show an address for it.
 *
 * <p>{@code defer} and {@code errdefer} are expanded where their scope is left: at the end of
 * the block, at every break, continue and return, and on the error path of every {@code try}.
 * Each instruction remembers the span it came from, which is where Zig's traces point.
 */
final class CodeGen {
    private static final int FRAME = -1;

    /** A memory location: a register holding a base address (or the frame base) plus an offset. */
    record Mem(int base, long off) {
        Mem plus(long d) { return new Mem(base, off + d); }
    }

    /** Where a value goes. */
    private sealed interface Dest permits ToReg, ToMem, Drop {}

    private record ToReg(int reg) implements Dest {}

    private record ToMem(Mem mem) implements Dest {}

    private record Drop() implements Dest {}

    private static final Drop DROP = new Drop();

    /** The defers registered so far in one block. */
    private static final class DeferScope {
        final List<Ir.Defer> defers = new ArrayList<>();
        /** The locals declared in this scope so far (the stack pane lists them). */
        final List<Ir.Local> locals = new ArrayList<>();
        /** Where the scope begins (the statement that opened it). */
        final Span opened;

        DeferScope(Span opened, List<Ir.Local> captures) {
            this.opened = opened;
            locals.addAll(captures);
        }
    }

    /** Captures bound in the current statement, waiting for the scope of the body they belong to. */
    private final List<Ir.Local> pendingCaptures = new ArrayList<>();
    /** Defers already expanded (run or skipped) by the runDefers in progress. */
    private final java.util.Set<Ir.Defer> unwound = new java.util.HashSet<>();
    /** The defer whose body is being emitted, and whether on the error path. */
    private Ir.Defer firing;
    private boolean firingOnError;

    private DeferScope newScope() {
        var s = new DeferScope(site, pendingCaptures);
        pendingCaptures.clear();
        return s;
    }

    /** A local now holds a value: a declared variable joins its scope, a capture waits for its body's scope. */
    private void declared(Ir.Local l) {
        if (l.hidden || fn.isLibrary()) return;
        if (!pendingCaptures.contains(l)) pendingCaptures.add(l);
    }

    /**
     * A break/continue target. {@code handlers} is how many error handlers were open where it was
     * made: leaving handlers opened after it by break or continue handles their error.
     */
    private record Target(Dest dest, int breakLabel, int continueLabel, int depth, int handlers) {}

    private final Image image;
    private final FnCode out;
    private final Ir.Function fn;
    private int[] code = new int[256];
    private Span[] spans = new Span[256];
    private int len;
    private final List<Long> consts = new ArrayList<>();
    private final Map<Long, Integer> constIndex = new java.util.HashMap<>();
    private final List<int[]> labelUses = new ArrayList<>();
    private final List<Integer> labels = new ArrayList<>();
    private int nextReg;
    private int maxReg;
    private long frameTop;
    private long frameMax;
    private final Map<Ir.Local, Integer> regOf = new IdentityHashMap<>();
    private final Map<Ir.Local, Long> slotOf = new IdentityHashMap<>();
    private final Deque<DeferScope> scopes = new ArrayDeque<>();
    private final Map<Ir.Label, Target> targets = new IdentityHashMap<>();
    private final List<FnCode.Statement> statements = new ArrayList<>();
    /** Error-trace lengths saved by the catch handlers (and else branches) being generated, outermost first. */
    private final List<Integer> handlerSaves = new ArrayList<>();
    private Span site;

    /**
     * Constants held in registers for the whole call (filled when the frame is pushed), so
     * that arithmetic and comparisons with a literal need no load: value to register.
     */
    private final Map<Long, Integer> constRegs = new java.util.LinkedHashMap<>();
    /** The scalar constants the code asks for, in order (what the second pass reserves). */
    private final Map<Long, Integer> constUses = new java.util.LinkedHashMap<>();
    private static final int MAX_CONST_REGS = 32;

    private CodeGen(Image image, FnCode out) {
        this.image = image;
        this.out = out;
        this.fn = out.ir;
        this.site = fn.span;
    }

    /**
     * Compiles a function in two passes: the first finds which scalar constants the code uses
     * as operands, the second gives the most used of them registers of their own.
     */
    static void compile(Image image, FnCode out) {
        var first = new CodeGen(image, out);
        first.generate();
        var second = new CodeGen(image, out);
        first.constUses.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed())
                .limit(MAX_CONST_REGS)
                .forEach(e -> second.constRegs.put(e.getKey(), -1));
        second.generate();
    }

    // ------------------------------------------------------------------ function

    void generate() {
        List<FnCode.LocalSlot> slots = new ArrayList<>();
        for (Ir.Local l : fn.locals) {
            long size = Math.max(1, Layout.sizeOf(l.type));
            long off = allocFrame(size, Math.max(1, Layout.alignOf(l.type)));
            slotOf.put(l, off);
            boolean inReg = Layout.isScalar(l.type) && !l.addressTaken;
            int reg = -1;
            if (inReg) {
                reg = nextReg++;
                regOf.put(l, reg);
            }
            slots.add(new FnCode.LocalSlot(l, inReg, reg, off));
        }
        int constBase = nextReg;
        long[] constValues = new long[constRegs.size()];
        int ci = 0;
        for (var e : constRegs.entrySet()) {
            e.setValue(nextReg++);
            constValues[ci++] = e.getKey();
        }
        out.constBase = constBase;
        out.constValues = constValues;
        maxReg = nextReg;
        List<FnCode.Param> params = new ArrayList<>();
        for (Ir.Local p : fn.params) {
            boolean scalar = Layout.isScalar(p.type);
            Integer reg = regOf.get(p);
            params.add(new FnCode.Param(reg != null, reg == null ? -1 : reg, slotOf.get(p), Layout.sizeOf(p.type), scalar, storeSize(p.type)));
        }
        out.params = params.toArray(FnCode.Param[]::new);
        out.aggregateResult = !Layout.isScalar(fn.returnType);
        out.locals = slots;

        site = fn.body.span();
        scopes.push(newScope());
        for (Ir.Node n : fn.body.body()) stmt(n);
        // falling off the end: run the body's defers and return
        if (!(fn.body.type() instanceof Type.NoReturn)) {
            runDefers(scopes.size(), false, -1);
            if (fn.returnType instanceof Type.ErrorUnion eu && Layout.isScalar(eu)) {
                int r = temp();
                emit(Op.LDK, r, k(0));
                emit(Op.RET, r);
            } else if (out.aggregateResult && fn.returnType instanceof Type.ErrorUnion eu) {
                int res = temp();
                emit(Op.LDRES, res);
                int z = temp();
                emit(Op.LDK, z, k(0));
                emit(Op.ST, res, (int) Layout.errorUnionLayout(eu)[1], z, 2);
                emit(Op.RETV);
            } else {
                emit(Op.RETV);
            }
        }
        scopes.pop();
        finish();
    }

    private void finish() {
        flushStatement();
        for (int[] use : labelUses) code[use[0]] = labels.get(use[1]);
        out.code = java.util.Arrays.copyOf(code, len);
        out.spans = java.util.Arrays.copyOf(spans, len);
        out.consts = consts.stream().mapToLong(Long::longValue).toArray();
        out.registers = Math.max(1, maxReg);
        out.frameSize = (frameMax + 15) & ~15L;
        out.statements = statements;
        out.starts = starts;
    }

    // ------------------------------------------------------------------ emission

    private final java.util.BitSet starts = new java.util.BitSet();

    private void emit(int op, int... operands) {
        ensure(1 + operands.length);
        spans[len] = site;
        starts.set(len);
        code[len++] = mark(op);
        for (int o : operands) code[len++] = o;
    }

    private int mark(int op) {
        if (pendingStatement < 0) return op;
        pendingStatement = -1;
        return op | Op.STATEMENT;
    }

    private void ensure(int n) {
        if (len + n > code.length) {
            code = java.util.Arrays.copyOf(code, Math.max(code.length * 2, len + n));
            spans = java.util.Arrays.copyOf(spans, code.length);
        }
    }

    private int k(long v) {
        return constIndex.computeIfAbsent(v, x -> {
            consts.add(x);
            return consts.size() - 1;
        });
    }

    private int newLabel() {
        labels.add(-1);
        return labels.size() - 1;
    }

    private void bind(int label) {
        flushStatement();
        labels.set(label, len);
    }

    /**
     * A statement whose mark waits for the next instruction: the first instruction of a
     * statement carries {@link Op#STATEMENT} so that counting the step costs no dispatch of
     * its own. A label bound in between, or a statement with no instruction, gets a STMT.
     */
    private int pendingStatement = -1;

    /** Starts a statement (a step) at the current position; returns its index. */
    private int statement(Span span) {
        flushStatement();
        statements.add(debugInfo(span));
        pendingStatement = statements.size() - 1;
        return pendingStatement;
    }

    /** A statement's record with what the panes show there: locals in scope, pending defers, a defer firing. */
    private FnCode.Statement debugInfo(Span span) {
        if (fn.isLibrary()) return new FnCode.Statement(span, len, NO_LOCALS, List.of(), null, false);
        List<Integer> visible = new ArrayList<>();
        for (Ir.Local p : fn.params) if (!p.hidden) visible.add(p.index);
        List<FnCode.ScopeDefers> defers = new ArrayList<>();
        for (var outerFirst = scopes.descendingIterator(); outerFirst.hasNext(); ) {
            DeferScope s = outerFirst.next();
            for (Ir.Local l : s.locals) visible.add(l.index);
            List<Ir.Defer> pending = new ArrayList<>();
            for (Ir.Defer d : s.defers) if (!unwound.contains(d) && d != firing) pending.add(d);
            defers.add(new FnCode.ScopeDefers(s.opened, List.copyOf(pending)));
        }
        for (Ir.Local l : pendingCaptures) visible.add(l.index);
        int[] v = visible.stream().mapToInt(Integer::intValue).distinct().toArray();
        return new FnCode.Statement(span, len, v, List.copyOf(defers), firing, firingOnError);
    }

    private static final int[] NO_LOCALS = new int[0];

    /** Ends statement {@code s}: if it made no instruction, it still takes its step (a STMT). */
    private void endStatement(int s) {
        if (pendingStatement == s) flushStatement();
    }

    private void flushStatement() {
        if (pendingStatement < 0) return;
        int s = pendingStatement;
        pendingStatement = -1;
        emit(Op.STMT, s);
    }

    /** Emits a jump-like instruction whose last operand is a label. */
    private void jump(int op, int label, int... operands) {
        ensure(2 + operands.length);
        spans[len] = site;
        starts.set(len);
        code[len++] = mark(op);
        for (int o : operands) code[len++] = o;
        labelUses.add(new int[] {len, label});
        code[len++] = -1;
    }

    private int temp() {
        int r = nextReg++;
        if (nextReg > maxReg) maxReg = nextReg;
        return r;
    }

    private long allocFrame(long size, long align) {
        long a = Math.max(1, align);
        frameTop = (frameTop + a - 1) & -a;
        long off = frameTop;
        frameTop += Math.max(size, 1);
        if (frameTop > frameMax) frameMax = frameTop;
        return off;
    }

    private Mem frameTemp(Type t) {
        return new Mem(FRAME, allocFrame(Layout.sizeOf(t), Layout.alignOf(t)));
    }

    // ------------------------------------------------------------------ memory helpers

    private static int storeSize(Type t) {
        if (t instanceof Type.Float f) return f.bits() == 32 ? -4 : 8;
        return (int) Math.max(1, Math.min(8, Layout.sizeOf(t)));
    }

    private static int loadKind(Type t) {
        if (t instanceof Type.Float f) return f.bits() == 32 ? Op.LD_F32 : Op.LD_64;
        if (t instanceof Type.Bool) return Op.LD_U8;
        long size = Layout.sizeOf(t);
        boolean signed = t instanceof Type.Int i && i.signed();
        if (t instanceof Type.Int i && i.bits() < 8 * size) {
            // odd widths (u1, u6, u18...) are stored zero- or sign-extended to their byte size
            return switch ((int) size) {
                case 1 -> signed ? Op.LD_S8 : Op.LD_U8;
                case 2 -> signed ? Op.LD_S16 : Op.LD_U16;
                case 4 -> signed ? Op.LD_S32 : Op.LD_U32;
                default -> Op.LD_64;
            };
        }
        return switch ((int) size) {
            case 0 -> Op.LD_U8;
            case 1 -> signed ? Op.LD_S8 : Op.LD_U8;
            case 2 -> signed ? Op.LD_S16 : Op.LD_U16;
            case 4 -> signed ? Op.LD_S32 : Op.LD_U32;
            default -> Op.LD_64;
        };
    }

    private void load(int dst, Mem m, Type t) {
        if (Layout.sizeOf(t) == 0) {
            emit(Op.LDK, dst, k(0));
            return;
        }
        if (m.base == FRAME) emit(Op.LDF, dst, (int) m.off, loadKind(t));
        else emit(Op.LD, dst, m.base, (int) m.off, loadKind(t));
    }

    private void store(Mem m, int src, Type t) {
        if (Layout.sizeOf(t) == 0) return;
        if (m.base == FRAME) emit(Op.STF, (int) m.off, src, storeSize(t));
        else emit(Op.ST, m.base, (int) m.off, src, storeSize(t));
    }

    /** A register holding the address of a location. */
    private int addressOf(Mem m) {
        int r = temp();
        if (m.base == FRAME) {
            emit(Op.LDFRAME, r, (int) m.off);
        } else if (m.off == 0) {
            emit(Op.MOV, r, m.base);
        } else {
            emit(Op.LDK, r, k(m.off));
            emit(Op.ADDW, r, m.base, r, Op.tk(64, false));
        }
        return r;
    }

    /** A location whose base is a register (needed by instructions taking an address register). */
    private Mem inRegister(Mem m) {
        if (m.base != FRAME && m.off == 0) return m;
        return new Mem(addressOf(m), 0);
    }

    private void copy(Mem dst, Mem src, long size) {
        if (size <= 0) return;
        int d = addressOf(dst);
        int s = addressOf(src);
        emit(Op.COPY, d, s, (int) size);
    }

    private static int tk(Type t) {
        if (t instanceof Type.Int i) return Op.tk(i.bits(), i.signed());
        if (t instanceof Type.Bool) return Op.tk(1, false);
        if (t instanceof EnumType e) return Op.tk(Math.max(1, e.tagType().bits()), e.tagType().signed());
        if (t instanceof ErrorSetType) return Op.tk(16, false);
        return Op.tk(64, false);
    }

    // ------------------------------------------------------------------ statements

    private void stmt(Ir.Node n) {
        Span saved = site;
        site = n.span();
        // a statement that begins its enclosing one (the first of a block, the expression of
        // a loop's continue clause) shares that statement's step
        int own = !(n instanceof Ir.Defer) && pendingStatement < 0 ? statement(n.span()) : -1;
        int regMark = nextReg;
        switch (n) {
            case Ir.VarDecl v -> varDecl(v);
            case Ir.ExprStmt es -> gen(es.expr(), DROP);
            case Ir.Discard d -> gen(d.value(), DROP);
            case Ir.CompoundAssign ca -> compoundAssign(ca);
            case Ir.Defer d -> scopes.peek().defers.add(d);
            case Ir.Expr e -> gen(e, DROP);
        }
        if (own >= 0) endStatement(own);
        pendingCaptures.clear();
        nextReg = Math.max(regMark, firstTemp());
        site = saved;
    }

    private int firstTemp() {
        return regOf.size() + constRegs.size();
    }

    private void varDecl(Ir.VarDecl v) {
        Ir.Local l = v.local();
        Integer reg = regOf.get(l);
        if (reg != null) {
            gen(v.init(), new ToReg(reg));
        } else {
            gen(v.init(), new ToMem(new Mem(FRAME, slotOf.get(l))));
        }
        if (!l.hidden && !fn.isLibrary()) scopes.peek().locals.add(l);
    }

    private void compoundAssign(Ir.CompoundAssign ca) {
        Type t = ca.target().type();
        if (ca.target() instanceof Ir.LocalRef lr && regOf.containsKey(lr.local())) {
            int r = regOf.get(lr.local());
            int v = scalar(ca.value());
            Span s = site;
            site = ca.span();
            arith(ca.op(), r, r, v, t);
            site = s;
            return;
        }
        Mem m = place(ca.target());
        int cur = temp();
        load(cur, m, t);
        int v = scalar(ca.value());
        Span s = site;
        site = ca.span();
        arith(ca.op(), cur, cur, v, t);
        site = ca.target().span();
        store(m, cur, t);
        site = s;
    }

    // ------------------------------------------------------------------ defers

    /** Emits the defers of the innermost {@code count} scopes, newest first; errdefers only on error. */
    private void runDefers(int count, boolean onError, int errorCodeReg) {
        var outerUnwound = new java.util.HashSet<>(unwound);
        try {
            expandDefers(count, onError, errorCodeReg);
        } finally {
            unwound.clear();
            unwound.addAll(outerUnwound);
        }
    }

    private void expandDefers(int count, boolean onError, int errorCodeReg) {
        int i = 0;
        for (DeferScope s : scopes) {
            if (i++ >= count) break;
            for (int j = s.defers.size() - 1; j >= 0; j--) {
                Ir.Defer d = s.defers.get(j);
                if (d.isErr() && !onError) {
                    unwound.add(d);
                    continue;
                }
                Span saved = site;
                site = d.span();
                Ir.Defer outerFiring = firing;
                boolean outerOnError = firingOnError;
                firing = d;
                firingOnError = onError;
                int step = statement(d.span());
                if (d.errCapture() != null && errorCodeReg >= 0) assignLocal(d.errCapture(), errorCodeReg);
                // a defer body cannot see the defers registered after it
                DeferScope top = scopes.peek();
                gen(d.body(), DROP);
                endStatement(step);
                firing = outerFiring;
                firingOnError = outerOnError;
                unwound.add(d);
                site = saved;
                if (top != scopes.peek()) throw new IllegalStateException("defer changed scopes");
            }
        }
    }

    private void assignLocal(Ir.Local l, int valueReg) {
        declared(l);
        Integer reg = regOf.get(l);
        if (reg != null) emit(Op.MOV, reg, valueReg);
        else store(new Mem(FRAME, slotOf.get(l)), valueReg, l.type);
    }

    // ------------------------------------------------------------------ values

    /** A register holding the value of a scalar expression (may be a local's own register: read only). */
    private int scalar(Ir.Expr e) {
        if (e instanceof Ir.LocalRef lr && regOf.containsKey(lr.local())) return regOf.get(lr.local());
        if (e instanceof Ir.Const c && isScalarConstant(c)) {
            long v = scalarOf(c.type(), c.value());
            Integer reg = constRegs.get(v);
            if (reg != null) return reg;
            constUses.merge(v, 1, Integer::sum);
        }
        int r = temp();
        gen(e, new ToReg(r));
        return r;
    }

    /** A location holding the value of an aggregate expression (may be the original place: read only). */
    private Mem agg(Ir.Expr e) {
        if (e instanceof Ir.Const c) return constMem(c);
        if (isPlaceExpr(e)) return place(e);
        Mem m = frameTemp(e.type());
        gen(e, new ToMem(m));
        return m;
    }

    private static boolean isPlaceExpr(Ir.Expr e) {
        return switch (e) {
            case Ir.LocalRef l -> true;
            case Ir.GlobalRef g -> true;
            case Ir.Deref d -> true;
            case Ir.FieldRef f -> true;
            case Ir.ElemRef el -> true;
            case Ir.UnionPayload u -> true;
            default -> false;
        };
    }

    private Mem constMem(Ir.Const c) {
        long addr = image.constantAddress(c.value(), c.type());
        int r = temp();
        emit(Op.LDK, r, k(addr));
        return new Mem(r, 0);
    }

    /** Writes the value of {@code e} to its destination. */
    private void gen(Ir.Expr e, Dest d) {
        Span saved = site;
        site = e.span();
        try {
            genNode(e, d);
        } finally {
            site = saved;
        }
    }

    private void genNode(Ir.Expr e, Dest d) {
        Type t = e.type();
        switch (e) {
            case Ir.Const c -> constant(c, d);
            case Ir.LocalRef l -> {
                Integer reg = regOf.get(l.local());
                if (reg != null) toDest(reg, d, t);
                else placeValue(new Mem(FRAME, slotOf.get(l.local())), t, d);
            }
            case Ir.GlobalRef _, Ir.Deref _, Ir.FieldRef _, Ir.ElemRef _, Ir.UnionPayload _ -> placeValue(place(e), t, d);
            case Ir.SliceField sf -> {
                if (d instanceof Drop) {
                    gen(sf.slice(), DROP);
                    return;
                }
                Mem m = agg(sf.slice());
                int r = destReg(d);
                load(r, m.plus(sf.isLen() ? 8 : 0), t);
                finishReg(r, d, t);
            }
            case Ir.MakeSlice ms -> makeSlice(ms, d);
            case Ir.AddrOf a -> {
                Mem m = place(a.place());
                int r = addressOf(m);
                toDest(r, d, t);
            }
            case Ir.Unary u -> unary(u, d);
            case Ir.Binary b -> binary(b, d);
            case Ir.Cmp c -> {
                if (d instanceof Drop) {
                    gen(c.left(), DROP);
                    gen(c.right(), DROP);
                    return;
                }
                int r = destReg(d);
                compare(c, r);
                finishReg(r, d, t);
            }
            case Ir.Logic lg -> boolValue(lg, d);
            case Ir.Call c -> call(c.function(), null, c.args(), c.type(), d, c.site());
            case Ir.CallPtr c -> call(null, c.callee(), c.args(), c.type(), d, c.site());
            case Ir.Convert cv -> convert(cv, d);
            case Ir.StructInit si -> structInit(si, d);
            case Ir.ArrayInit ai -> arrayInit(ai, d);
            case Ir.UnionInit ui -> unionInit(ui, d);
            case Ir.Try tr -> tryExpr(tr, d);
            case Ir.Catch ct -> catchExpr(ct, d);
            case Ir.Orelse oe -> orelse(oe, d);
            case Ir.UnwrapOpt uo -> unwrapOpt(uo, d);
            case Ir.IfElse ie -> ifElse(ie, d);
            case Ir.IfOpt io -> ifOpt(io, d);
            case Ir.IfErr ie -> ifErr(ie, d);
            case Ir.Switch sw -> switchExpr(sw, d);
            case Ir.Block b -> block(b, d);
            case Ir.While w -> whileLoop(w, d);
            case Ir.For f -> forLoop(f, d);
            case Ir.Break b -> breakExpr(b);
            case Ir.Continue c -> continueExpr(c);
            case Ir.Return r -> returnExpr(r);
            case Ir.Unreachable u -> emit(Op.UNREACH);
            case Ir.Builtin b -> builtin(b, d);
            case Ir.Assign a -> assign(a);
        }
    }

    /** The register a scalar result should be computed into. */
    private int destReg(Dest d) {
        return d instanceof ToReg tr ? tr.reg() : temp();
    }

    /** After computing into {@code r}: store it when the destination is memory. */
    private void finishReg(int r, Dest d, Type t) {
        if (d instanceof ToMem tm) store(tm.mem(), r, t);
    }

    private void toDest(int r, Dest d, Type t) {
        switch (d) {
            case ToReg tr -> {
                if (tr.reg() != r) emit(Op.MOV, tr.reg(), r);
            }
            case ToMem tm -> store(tm.mem(), r, t);
            case Drop x -> { }
        }
    }

    private void placeValue(Mem m, Type t, Dest d) {
        if (d instanceof Drop) return;
        if (Layout.isScalar(t)) {
            int r = destReg(d);
            load(r, m, t);
            finishReg(r, d, t);
        } else if (d instanceof ToMem tm) {
            copy(tm.mem(), m, Layout.sizeOf(t));
        } else {
            throw new IllegalStateException("aggregate into register: " + t.name());
        }
    }

    private static boolean isScalarConstant(Ir.Const c) {
        Type t = c.type();
        return Layout.isScalar(t) || t instanceof Type.ComptimeInt || t instanceof Type.ComptimeFloat;
    }

    private void constant(Ir.Const c, Dest d) {
        Type t = c.type();
        if (d instanceof Drop) return;
        if (Layout.isScalar(t) || t instanceof Type.ComptimeInt || t instanceof Type.ComptimeFloat) {
            int r = destReg(d);
            emit(Op.LDK, r, k(scalarOf(t, c.value())));
            finishReg(r, d, t);
            return;
        }
        Mem dst = ((ToMem) d).mem();
        long size = Layout.sizeOf(t);
        if (size == 0) return;
        if (c.value() instanceof Value.UndefV) {
            int a = addressOf(dst);
            emit(Op.FILL, a, (int) size, 0xAA, ByteState.UNDEFINED.ordinal());
            return;
        }
        long addr = image.constantAddress(c.value(), t);
        int s = temp();
        emit(Op.LDK, s, k(addr));
        int a = addressOf(dst);
        emit(Op.COPY, a, s, (int) size);
    }

    private long scalarOf(Type t, Value v) {
        if (t instanceof Type.ComptimeInt && v instanceof Value.IntV i) return i.value().longValue();
        if (t instanceof Type.ComptimeFloat && v instanceof Value.FloatV f) return Double.doubleToRawLongBits(f.value());
        return image.scalarBits(t, v);
    }

    // ------------------------------------------------------------------ places

    private Mem place(Ir.Expr e) {
        Span saved = site;
        site = e.span();
        try {
            return placeNode(e);
        } finally {
            site = saved;
        }
    }

    private Mem placeNode(Ir.Expr e) {
        switch (e) {
            case Ir.LocalRef l -> {
                if (regOf.containsKey(l.local())) throw new IllegalStateException("register local has no place: " + l.local());
                return new Mem(FRAME, slotOf.get(l.local()));
            }
            case Ir.GlobalRef g -> {
                int r = temp();
                emit(Op.LDK, r, k(image.globalAddress(g.global())));
                return new Mem(r, 0);
            }
            case Ir.Deref d -> {
                int r = scalar(d.pointer());
                return new Mem(r, 0);
            }
            case Ir.FieldRef f -> {
                Mem base = agg(f.base());
                return base.plus(f.struct().offsetOf(f.index()));
            }
            case Ir.SliceField sf -> {
                Mem base = agg(sf.slice());
                return base.plus(sf.isLen() ? 8 : 0);
            }
            case Ir.UnionPayload u -> {
                Mem base = agg(u.base());
                if (u.union().tag() != null) {
                    EnumType tag = u.union().tag();
                    int cur = temp();
                    load(cur, base.plus(u.union().tagOffset()), tag.tagType());
                    int want = temp();
                    emit(Op.LDK, want, k(tag.fieldValue(u.index()).longValue()));
                    int ok = newLabel();
                    jump(Op.JEQ, ok, cur, want);
                    emit(Op.PANIC, image.panicId("access of union field '" + u.union().fields().get(u.index()).name() + "' while field is not active"));
                    bind(ok);
                }
                return base;
            }
            case Ir.ElemRef el -> {
                return elemPlace(el);
            }
            case Ir.Const c -> {
                return constMem(c);
            }
            default -> {
                return agg(e);
            }
        }
    }

    private Mem elemPlace(Ir.ElemRef el) {
        Type bt = el.base().type();
        long es = Layout.sizeOf(el.type());
        Value ci = el.index() instanceof Ir.Const c ? c.value() : null;
        if (bt instanceof Type.Array a) {
            Mem base = agg(el.base());
            if (ci instanceof Value.IntV iv) return base.plus(iv.value().longValue() * es);
            int i = scalar(el.index());
            bounds(i, a.length() + (a.sentinel() != null ? 1 : 0));
            int addr = addressOf(base);
            int r = temp();
            emit(Op.IDXADDR, r, addr, i, (int) es);
            return new Mem(r, 0);
        }
        Type.Pointer p = (Type.Pointer) bt;
        if (p.isSlice()) {
            Mem s = agg(el.base());
            int ptr = temp();
            load(ptr, s, new Type.Int(64, false));
            int ln = temp();
            load(ln, s.plus(8), new Type.Int(64, false));
            int i = scalar(el.index());
            emit(Op.BOUNDS, i, ln);
            int r = temp();
            emit(Op.IDXADDR, r, ptr, i, (int) es);
            return new Mem(r, 0);
        }
        int ptr = scalar(el.base());
        if (p.size() == Type.PtrSize.ONE && p.child() instanceof Type.Array a) {
            if (ci instanceof Value.IntV iv) return new Mem(ptr, iv.value().longValue() * es);
            int i = scalar(el.index());
            bounds(i, a.length() + (a.sentinel() != null ? 1 : 0));
            int r = temp();
            emit(Op.IDXADDR, r, ptr, i, (int) es);
            return new Mem(r, 0);
        }
        if (ci instanceof Value.IntV iv) return new Mem(ptr, iv.value().longValue() * es);
        int i = scalar(el.index());
        int r = temp();
        emit(Op.IDXADDR, r, ptr, i, (int) es);
        return new Mem(r, 0);
    }

    private void bounds(int indexReg, long length) {
        int l = temp();
        emit(Op.LDK, l, k(length));
        emit(Op.BOUNDS, indexReg, l);
    }

    // ------------------------------------------------------------------ slices

    /** Pointer and length registers of something sliceable or indexable (for slicing, @memcpy, for loops). */
    private int[] ptrAndLen(Ir.Expr e) {
        Type t = e.type();
        if (t instanceof Type.Array a) {
            Mem m = agg(e);
            int l = temp();
            emit(Op.LDK, l, k(a.length()));
            return new int[] {addressOf(m), l};
        }
        Type.Pointer p = (Type.Pointer) t;
        if (p.isSlice()) {
            Mem m = agg(e);
            int ptr = temp();
            load(ptr, m, new Type.Int(64, false));
            int ln = temp();
            load(ln, m.plus(8), new Type.Int(64, false));
            return new int[] {ptr, ln};
        }
        int ptr = scalar(e);
        if (p.size() == Type.PtrSize.ONE && p.child() instanceof Type.Array a) {
            int l = temp();
            emit(Op.LDK, l, k(a.length()));
            return new int[] {ptr, l};
        }
        if (p.size() == Type.PtrSize.ONE) {
            int l = temp();
            emit(Op.LDK, l, k(1));
            return new int[] {ptr, l};
        }
        return new int[] {ptr, -1};
    }

    private void makeSlice(Ir.MakeSlice ms, Dest d) {
        Type elem = ((Type.Pointer) ms.type()).child();
        long es = Layout.sizeOf(elem);
        int[] pl = ptrAndLen(ms.base());
        int start = scalar(ms.start());
        int end;
        if (ms.end() != null) {
            end = scalar(ms.end());
        } else {
            end = pl[1];
        }
        int lenReg = pl[1] >= 0 ? pl[1] : temp();
        if (pl[1] < 0) emit(Op.LDK, lenReg, k(-1));
        Type.Pointer bt = ms.base().type() instanceof Type.Pointer p ? p : null;
        if (bt != null && bt.isSlice() && bt.sentinel() != null || ms.base().type() instanceof Type.Array a && a.sentinel() != null
                || bt != null && bt.child() instanceof Type.Array a2 && a2.sentinel() != null) {
            // slicing up to the sentinel is allowed
            int l1 = temp();
            emit(Op.LDK, l1, k(1));
            int l2 = temp();
            emit(Op.ADDW, l2, lenReg, l1, Op.tk(64, false));
            if (ms.end() != null) lenReg = l2;
        }
        emit(Op.SLICECHK, start, end, lenReg);
        if (d instanceof Drop) return;
        int ptr = temp();
        emit(Op.IDXADDR, ptr, pl[0], start, (int) es);
        int n = temp();
        emit(Op.SUBW, n, end, start, Op.tk(64, false));
        Mem dst = ((ToMem) d).mem();
        store(dst, ptr, new Type.Int(64, false));
        store(dst.plus(8), n, new Type.Int(64, false));
    }

    // ------------------------------------------------------------------ operators

    private void unary(Ir.Unary u, Dest d) {
        Type t = u.type();
        int a = scalar(u.operand());
        if (d instanceof Drop && u.op() != Ir.UnOp.NEG) return;
        int r = destReg(d);
        switch (u.op()) {
            case NOT -> emit(Op.BNOT, r, a);
            case BIT_NOT -> emit(Op.NOT, r, a, tk(t));
            case NEG -> {
                if (t instanceof Type.Float) emit(Op.FNEG, r, a);
                else emit(Op.NEG, r, a, tk(t));
            }
            case NEG_WRAP -> emit(Op.NEGW, r, a, tk(t));
        }
        finishReg(r, d, t);
    }

    private void binary(Ir.Binary b, Dest d) {
        Type t = b.type();
        if (b.op() == Ir.BinOp.PTR_ADD || b.op() == Ir.BinOp.PTR_SUB) {
            int p = scalar(b.left());
            int n = scalar(b.right());
            int r = destReg(d);
            long es = Layout.sizeOf(((Type.Pointer) t).child());
            if (b.op() == Ir.BinOp.PTR_SUB) {
                int neg = temp();
                emit(Op.NEGW, neg, n, Op.tk(64, false));
                n = neg;
            }
            emit(Op.IDXADDR, r, p, n, (int) es);
            finishReg(r, d, t);
            return;
        }
        int a = scalar(b.left());
        int c = scalar(b.right());
        int r = destReg(d);
        arith(b.op(), r, a, c, t);
        finishReg(r, d, t);
    }

    private void arith(Ir.BinOp op, int r, int a, int b, Type t) {
        if (t instanceof Type.Float f) {
            int fb = f.bits();
            int o = switch (op) {
                case ADD, ADD_WRAP, ADD_SAT -> Op.FADD;
                case SUB, SUB_WRAP, SUB_SAT -> Op.FSUB;
                case MUL, MUL_WRAP, MUL_SAT -> Op.FMUL;
                case DIV_TRUNC, DIV_EXACT, DIV_FLOOR -> Op.FDIV;
                case REM -> Op.FREM;
                case MOD -> Op.FMOD;
                case MIN -> Op.FMIN;
                case MAX -> Op.FMAX;
                default -> throw new IllegalStateException("float " + op);
            };
            emit(o, r, a, b, fb);
            if (op == Ir.BinOp.DIV_FLOOR) {
                emit(Op.FCAST, r, r, fb);
            }
            return;
        }
        int tk = tk(t);
        if (Op.bits(tk) == 64) {
            boolean unsigned = !Op.signed(tk);
            int fast = switch (op) {
                case ADD -> unsigned ? Op.ADDU64 : -1;
                case SUB -> unsigned ? Op.SUBU64 : -1;
                case MUL -> unsigned ? Op.MULU64 : -1;
                case ADD_WRAP -> Op.ADDW64;
                case SUB_WRAP -> Op.SUBW64;
                case MUL_WRAP -> Op.MULW64;
                case SHR -> unsigned ? Op.SHRU64 : -1;
                default -> -1;
            };
            if (fast >= 0) {
                emit(fast, r, a, b);
                return;
            }
        }
        switch (op) {
            case ADD -> emit(Op.ADD, r, a, b, tk);
            case SUB -> emit(Op.SUB, r, a, b, tk);
            case MUL -> emit(Op.MUL, r, a, b, tk);
            case ADD_WRAP -> emit(Op.ADDW, r, a, b, tk);
            case SUB_WRAP -> emit(Op.SUBW, r, a, b, tk);
            case MUL_WRAP -> emit(Op.MULW, r, a, b, tk);
            case ADD_SAT -> emit(Op.ADDS, r, a, b, tk);
            case SUB_SAT -> emit(Op.SUBS, r, a, b, tk);
            case MUL_SAT -> emit(Op.MULS, r, a, b, tk);
            case DIV_TRUNC -> emit(Op.DIVT, r, a, b, tk);
            case DIV_FLOOR -> emit(Op.DIVF, r, a, b, tk);
            case DIV_EXACT -> emit(Op.DIVX, r, a, b, tk);
            case REM -> emit(Op.REM, r, a, b, tk);
            case MOD -> emit(Op.MOD, r, a, b, tk);
            case SHL -> emit(Op.SHL, r, a, b, tk);
            case SHL_SAT -> emit(Op.SHLS, r, a, b, tk);
            case SHR -> emit(Op.SHR, r, a, b, tk);
            case BIT_AND -> emit(Op.AND, r, a, b);
            case BIT_OR -> emit(Op.OR, r, a, b);
            case BIT_XOR -> emit(Op.XOR, r, a, b);
            case MIN -> emit(Op.MIN, r, a, b, tk);
            case MAX -> emit(Op.MAX, r, a, b, tk);
            default -> throw new IllegalStateException(op.toString());
        }
    }

    private void compare(Ir.Cmp c, int r) {
        Type t = c.left().type();
        if (t instanceof Type.Optional o && !(Layout.isPointerLike(o.child()) && Layout.isScalar(o.child()))) {
            // optional compared with null: look at the flag (or an optional slice's pointer)
            Ir.Expr opt = c.right().type() instanceof Type.Null || c.right() instanceof Ir.Const k2 && k2.value() instanceof Value.NullV ? c.left() : c.right();
            Mem m = agg(opt);
            int flag = temp();
            if (Layout.isPointerLike(o.child())) load(flag, m, new Type.Int(64, false));
            else load(flag, m.plus(Layout.optionalFlagOffset((Type.Optional) opt.type())), new Type.Bool());
            int zero = temp();
            emit(Op.LDK, zero, k(0));
            emit(c.op() == Ir.CmpOp.EQ ? Op.EQ : Op.NE, r, flag, zero);
            return;
        }
        int a = scalar(c.left());
        int b = scalar(c.right());
        emit(cmpOp(c.op(), t), r, a, b);
    }

    private static int cmpOp(Ir.CmpOp op, Type t) {
        if (t instanceof Type.Float) {
            return switch (op) {
                case EQ -> Op.FEQ;
                case NE -> Op.FNE;
                case LT -> Op.FLT;
                case LE -> Op.FLE;
                case GT -> Op.FGT;
                case GE -> Op.FGE;
            };
        }
        boolean signed = t instanceof Type.Int i && i.signed() || t instanceof EnumType e && e.tagType().signed();
        return switch (op) {
            case EQ -> Op.EQ;
            case NE -> Op.NE;
            case LT -> signed ? Op.LTS : Op.LTU;
            case LE -> signed ? Op.LES : Op.LEU;
            case GT -> signed ? Op.GTS : Op.GTU;
            case GE -> signed ? Op.GES : Op.GEU;
        };
    }

    /** Jumps to {@code falseLabel} when {@code cond} is false, short-circuiting and/or. */
    private void condJump(Ir.Expr cond, int falseLabel) {
        Span saved = site;
        site = cond.span();
        try {
            if (cond instanceof Ir.Logic lg) {
                if (lg.isAnd()) {
                    condJump(lg.left(), falseLabel);
                    condJump(lg.right(), falseLabel);
                } else {
                    int trueLabel = newLabel();
                    int rightLabel = newLabel();
                    condJump(lg.left(), rightLabel);
                    jump(Op.JMP, trueLabel);
                    bind(rightLabel);
                    condJump(lg.right(), falseLabel);
                    bind(trueLabel);
                }
                return;
            }
            if (cond instanceof Ir.Unary u && u.op() == Ir.UnOp.NOT) {
                int skip = newLabel();
                condJump(u.operand(), skip);
                jump(Op.JMP, falseLabel);
                bind(skip);
                return;
            }
            if (cond instanceof Ir.Cmp c && !(c.left().type() instanceof Type.Float) && !(c.left().type() instanceof Type.Optional)) {
                int a = scalar(c.left());
                int b = scalar(c.right());
                Type t = c.left().type();
                boolean signed = t instanceof Type.Int i && i.signed();
                switch (c.op()) {
                    case EQ -> jump(Op.JNE, falseLabel, a, b);
                    case NE -> jump(Op.JEQ, falseLabel, a, b);
                    case LT -> jump(signed ? Op.JGES : Op.JGEU, falseLabel, a, b);
                    case GE -> jump(signed ? Op.JLTS : Op.JLTU, falseLabel, a, b);
                    case GT -> jump(signed ? Op.JGES : Op.JGEU, falseLabel, b, a);
                    case LE -> jump(signed ? Op.JLTS : Op.JLTU, falseLabel, b, a);
                }
                return;
            }
            if (cond instanceof Ir.Const c && c.value() instanceof Value.BoolV bv) {
                if (!bv.value()) jump(Op.JMP, falseLabel);
                return;
            }
            int r = scalar(cond);
            jump(Op.JZ, falseLabel, r);
        } finally {
            site = saved;
        }
    }

    private void boolValue(Ir.Expr cond, Dest d) {
        int r = destReg(d);
        int f = newLabel();
        int end = newLabel();
        condJump(cond, f);
        emit(Op.LDK, r, k(1));
        jump(Op.JMP, end);
        bind(f);
        emit(Op.LDK, r, k(0));
        bind(end);
        finishReg(r, d, cond.type());
    }

    // ------------------------------------------------------------------ calls

    private void call(Ir.Function target, Ir.Expr callee, List<Ir.Expr> args, Type resultType, Dest d, Span callSite) {
        int[] argRegs = new int[args.size()];
        for (int i = 0; i < args.size(); i++) {
            Ir.Expr a = args.get(i);
            if (Layout.isScalar(a.type())) {
                argRegs[i] = scalar(a);
            } else {
                argRegs[i] = addressOf(agg(a));
            }
        }
        int fnReg = callee != null ? scalar(callee) : -1;
        boolean aggregate = !Layout.isScalar(resultType);
        int res = -1;
        Mem resMem = null;
        if (aggregate && Layout.sizeOf(resultType) > 0) {
            resMem = d instanceof ToMem tm ? tm.mem() : frameTemp(resultType);
            res = addressOf(resMem);
        }
        int dst = aggregate ? -1 : destReg(d);
        Span saved = site;
        site = callSite;
        int[] ops = new int[4 + argRegs.length];
        int op;
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
        emit(op, ops);
        site = saved;
        if (!aggregate) finishReg(dst, d, resultType);
    }

    // ------------------------------------------------------------------ conversions

    private void convert(Ir.Convert cv, Dest d) {
        Type t = cv.type();
        Ir.Expr o = cv.operand();
        switch (cv.kind()) {
            case INT_WIDEN, ERROR_SET, ARRAY_PTR_TO_MANY, BOOL_TO_INT, ENUM_TO_INT, PTR_TO_INT -> {
                if (Layout.isScalar(t)) {
                    int a = scalar(o);
                    toDest(a, d, t);
                } else {
                    gen(o, d);
                }
            }
            case BITCAST -> {
                if (Layout.isScalar(t) && Layout.isScalar(o.type())) {
                    int a = scalar(o);
                    if (d instanceof Drop) return;
                    int r = destReg(d);
                    if (t instanceof Type.Float f && !(o.type() instanceof Type.Float)) emit(Op.BITS2F, r, a, f.bits());
                    else if (o.type() instanceof Type.Float f2 && !(t instanceof Type.Float)) emit(Op.F2BITS, r, a, f2.bits());
                    else if (t instanceof Type.Int) emit(Op.TRUNC, r, a, tk(t));
                    else emit(Op.MOV, r, a);
                    finishReg(r, d, t);
                } else if (d instanceof ToMem tm) {
                    if (Layout.isScalar(o.type())) store(tm.mem(), scalar(o), o.type());
                    else copy(tm.mem(), agg(o), Layout.sizeOf(t));
                } else if (d instanceof ToReg tr) {
                    Mem m = agg(o);
                    load(tr.reg(), m, t);
                } else {
                    gen(o, DROP);
                }
            }
            case INT_CAST -> {
                int a = scalar(o);
                int r = destReg(d);
                emit(Op.INTCAST, r, a, tk(o.type()), tk(t));
                finishReg(r, d, t);
            }
            case TRUNCATE -> {
                int a = scalar(o);
                int r = destReg(d);
                emit(Op.TRUNC, r, a, tk(t));
                finishReg(r, d, t);
            }
            case INT_TO_FLOAT -> {
                int a = scalar(o);
                int r = destReg(d);
                emit(Op.I2F, r, a, tk(o.type()), ((Type.Float) t).bits());
                finishReg(r, d, t);
            }
            case FLOAT_TO_INT -> {
                int a = scalar(o);
                int r = destReg(d);
                emit(Op.F2I, r, a, tk(t));
                finishReg(r, d, t);
            }
            case FLOAT_CAST -> {
                int a = scalar(o);
                int r = destReg(d);
                emit(Op.FCAST, r, a, ((Type.Float) t).bits());
                finishReg(r, d, t);
            }
            case WRAP_OPTIONAL -> {
                Type.Optional ot = (Type.Optional) t;
                if (Layout.isPointerLike(ot.child())) {
                    gen(o, d);
                    return;
                }
                if (d instanceof Drop) {
                    gen(o, DROP);
                    return;
                }
                Mem dst = ((ToMem) d).mem();
                storeValue(o, dst);
                int one = temp();
                emit(Op.LDK, one, k(1));
                store(dst.plus(Layout.optionalFlagOffset(ot)), one, new Type.Bool());
            }
            case WRAP_PAYLOAD -> {
                Type.ErrorUnion eu = (Type.ErrorUnion) t;
                if (Layout.isScalar(eu)) {
                    gen(o, DROP);
                    if (d instanceof Drop) return;
                    int r = destReg(d);
                    emit(Op.LDK, r, k(0));
                    finishReg(r, d, t);
                    return;
                }
                if (d instanceof Drop) {
                    gen(o, DROP);
                    return;
                }
                Mem dst = ((ToMem) d).mem();
                long[] lay = Layout.errorUnionLayout(eu);
                storeValue(o, dst.plus(lay[0]));
                int z = temp();
                emit(Op.LDK, z, k(0));
                store(dst.plus(lay[1]), z, new Type.Int(16, false));
            }
            case WRAP_ERROR -> {
                Type.ErrorUnion eu = (Type.ErrorUnion) t;
                int code = scalar(o);
                if (Layout.isScalar(eu)) {
                    toDest(code, d, t);
                    return;
                }
                if (d instanceof Drop) return;
                Mem dst = ((ToMem) d).mem();
                store(dst.plus(Layout.errorUnionLayout(eu)[1]), code, new Type.Int(16, false));
            }
            case ARRAY_PTR_TO_SLICE -> {
                int p = scalar(o);
                if (d instanceof Drop) return;
                Mem dst = ((ToMem) d).mem();
                long n = ((Type.Array) ((Type.Pointer) o.type()).child()).length();
                store(dst, p, new Type.Int(64, false));
                int l = temp();
                emit(Op.LDK, l, k(n));
                store(dst.plus(8), l, new Type.Int(64, false));
            }
            case INT_TO_ENUM -> {
                int a = scalar(o);
                EnumType et = (EnumType) t;
                if (!et.isNonExhaustive()) emit(Op.ENUMCHK, a, image.enumId(et));
                int r = destReg(d);
                emit(Op.TRUNC, r, a, tk(et));
                finishReg(r, d, t);
            }
            case UNION_TO_TAG -> {
                UnionType ut = (UnionType) o.type();
                Mem m = agg(o);
                int r = destReg(d);
                load(r, m.plus(ut.tagOffset()), ut.tag().tagType());
                finishReg(r, d, t);
            }
            case INT_TO_PTR -> {
                int a = scalar(o);
                if (t instanceof Type.Pointer p) {
                    emit(Op.NONNULL, a);
                    int align = Layout.alignOf(p.child());
                    if (align > 1 && !(p.child() instanceof Type.AnyOpaque)) emit(Op.ALIGNCHK, a, align);
                }
                toDest(a, d, t);
            }
            case ALIGN_CAST -> {
                int a = scalar(o);
                int align = ((Type.Pointer) t).alignment();
                if (align > 1) emit(Op.ALIGNCHK, a, align);
                toDest(a, d, t);
            }
        }
    }

    /** Stores a value of any type at a location. */
    private void storeValue(Ir.Expr v, Mem dst) {
        if (Layout.isScalar(v.type())) {
            int r = scalar(v);
            Span s = site;
            store(dst, r, v.type());
            site = s;
        } else {
            gen(v, new ToMem(dst));
        }
    }

    // ------------------------------------------------------------------ initializers

    private void structInit(Ir.StructInit si, Dest d) {
        if (d instanceof Drop) {
            for (Ir.Expr v : si.values()) gen(v, DROP);
            return;
        }
        Mem dst = ((ToMem) d).mem();
        StructType st = si.struct();
        for (int i = 0; i < st.fields().size(); i++) {
            if (st.fields().get(i).isComptime()) continue;
            storeValue(si.values().get(i), dst.plus(st.offsetOf(i)));
        }
    }

    private void arrayInit(Ir.ArrayInit ai, Dest d) {
        if (d instanceof Drop) {
            for (Ir.Expr v : ai.elements()) gen(v, DROP);
            return;
        }
        Mem dst = ((ToMem) d).mem();
        long es = Layout.sizeOf(ai.arrayType().child());
        for (int i = 0; i < ai.elements().size(); i++) storeValue(ai.elements().get(i), dst.plus(i * es));
        if (ai.arrayType().sentinel() != null) {
            int s = temp();
            emit(Op.LDK, s, k(image.scalarBits(ai.arrayType().child(), ai.arrayType().sentinel())));
            store(dst.plus(ai.elements().size() * es), s, ai.arrayType().child());
        }
    }

    private void unionInit(Ir.UnionInit ui, Dest d) {
        if (d instanceof Drop) {
            gen(ui.payload(), DROP);
            return;
        }
        Mem dst = ((ToMem) d).mem();
        storeValue(ui.payload(), dst);
        if (ui.union().tag() != null) {
            int t = temp();
            emit(Op.LDK, t, k(ui.union().tag().fieldValue(ui.field()).longValue()));
            store(dst.plus(ui.union().tagOffset()), t, ui.union().tag().tagType());
        }
    }

    // ------------------------------------------------------------------ errors

    /** Evaluates an error union: {error code register, payload location (aggregates) or -1}. */
    private record EuParts(int code, Mem payload, int payloadReg) {}

    private EuParts errorUnion(Ir.Expr e) {
        Type.ErrorUnion eu = (Type.ErrorUnion) e.type();
        if (Layout.isScalar(eu)) {
            int code = scalar(e);
            return new EuParts(code, null, -1);
        }
        Mem m = agg(e);
        long[] lay = Layout.errorUnionLayout(eu);
        int code = temp();
        load(code, m.plus(lay[1]), new Type.Int(16, false));
        return new EuParts(code, m.plus(lay[0]), -1);
    }

    private void payloadTo(EuParts p, Type payload, Dest d) {
        if (d instanceof Drop || Layout.sizeOf(payload) == 0) return;
        placeValue(p.payload(), payload, d);
    }

    private void tryExpr(Ir.Try t, Dest d) {
        EuParts p = errorUnion(t.operand());
        int ok = newLabel();
        jump(Op.JZ, ok, p.code());
        Span saved = site;
        site = t.span();
        returnError(p.code());
        site = saved;
        bind(ok);
        payloadTo(p, t.type(), d);
    }

    /** The error path of the function: trace entry, errdefers and defers, then return the error. */
    private void returnError(int codeReg) {
        emit(Op.ERRTRACE);
        runDefers(scopes.size(), true, codeReg);
        Type rt = fn.returnType;
        if (Layout.isScalar(rt)) {
            emit(Op.RET, codeReg);
        } else {
            int res = temp();
            emit(Op.LDRES, res);
            emit(Op.ST, res, (int) Layout.errorUnionLayout((Type.ErrorUnion) rt)[1], codeReg, 2);
            emit(Op.RETV);
        }
    }

    private void catchExpr(Ir.Catch c, Dest d) {
        int saved = temp();
        emit(Op.ERRSAVE, saved);
        EuParts p = errorUnion(c.operand());
        int handler = newLabel();
        int end = newLabel();
        jump(Op.JNZ, handler, p.code());
        payloadTo(p, c.type(), d);
        jump(Op.JMP, end);
        bind(handler);
        if (c.capture() != null) assignLocal(c.capture(), p.code());
        handled(c.handler(), d, saved);
        bind(end);
    }

    private void orelse(Ir.Orelse o, Dest d) {
        Type.Optional ot = (Type.Optional) o.operand().type();
        int fallback = newLabel();
        int end = newLabel();
        if (Layout.isPointerLike(ot.child()) && Layout.isScalar(ot.child())) {
            int v = scalar(o.operand());
            jump(Op.JZ, fallback, v);
            toDest(v, d, o.type());
        } else if (Layout.isPointerLike(ot.child())) {
            // an optional slice: null is a null pointer field, evaluated once
            Mem m = agg(o.operand());
            int ptr = temp();
            load(ptr, m, new Type.Int(64, false));
            jump(Op.JZ, fallback, ptr);
            placeValue(m, ot.child(), d);
        } else {
            Mem m = agg(o.operand());
            int flag = temp();
            load(flag, m.plus(Layout.optionalFlagOffset(ot)), new Type.Bool());
            jump(Op.JZ, fallback, flag);
            placeValue(m, ot.child(), d);
        }
        jump(Op.JMP, end);
        bind(fallback);
        gen(o.fallback(), o.fallback().type() instanceof Type.NoReturn ? DROP : d);
        bind(end);
    }

    private void unwrapOpt(Ir.UnwrapOpt u, Dest d) {
        Type.Optional ot = (Type.Optional) u.operand().type();
        if (Layout.isPointerLike(ot.child())) {
            if (Layout.isScalar(ot.child())) {
                int v = scalar(u.operand());
                emit(Op.NULLCHK, v);
                toDest(v, d, u.type());
            } else {
                Mem m = agg(u.operand());
                int ptr = temp();
                load(ptr, m, new Type.Int(64, false));
                emit(Op.NULLCHK, ptr);
                placeValue(m, u.type(), d);
            }
            return;
        }
        Mem m = agg(u.operand());
        int flag = temp();
        load(flag, m.plus(Layout.optionalFlagOffset(ot)), new Type.Bool());
        emit(Op.NULLCHK, flag);
        placeValue(m, ot.child(), d);
    }

    // ------------------------------------------------------------------ conditionals

    private void ifElse(Ir.IfElse ie, Dest d) {
        int otherwise = newLabel();
        int end = newLabel();
        condJump(ie.cond(), otherwise);
        branch(ie.then(), d);
        jump(Op.JMP, end);
        bind(otherwise);
        if (ie.otherwise() != null) branch(ie.otherwise(), d);
        bind(end);
    }

    private void branch(Ir.Expr e, Dest d) {
        gen(e, e.type() instanceof Type.NoReturn ? DROP : d);
    }

    private void ifOpt(Ir.IfOpt io, Dest d) {
        Type.Optional ot = (Type.Optional) io.operand().type();
        int otherwise = newLabel();
        int end = newLabel();
        if (io.byRef()) {
            Mem m = place(io.operand());
            int addr = addressOf(m);
            if (Layout.isPointerLike(ot.child())) {
                int v = temp();
                load(v, m, new Type.Int(64, false));
                jump(Op.JZ, otherwise, v);
            } else {
                int flag = temp();
                load(flag, m.plus(Layout.optionalFlagOffset(ot)), new Type.Bool());
                jump(Op.JZ, otherwise, flag);
            }
            if (io.capture() != null) assignLocal(io.capture(), addr);
        } else if (Layout.isPointerLike(ot.child())) {
            if (Layout.isScalar(ot.child())) {
                int v = scalar(io.operand());
                jump(Op.JZ, otherwise, v);
                if (io.capture() != null) assignLocal(io.capture(), v);
            } else {
                Mem m = agg(io.operand());
                int ptr = temp();
                load(ptr, m, new Type.Int(64, false));
                jump(Op.JZ, otherwise, ptr);
                if (io.capture() != null) {
                    declared(io.capture());
                    copy(new Mem(FRAME, slotOf.get(io.capture())), m, Layout.sizeOf(ot.child()));
                }
            }
        } else {
            Mem m = agg(io.operand());
            int flag = temp();
            load(flag, m.plus(Layout.optionalFlagOffset(ot)), new Type.Bool());
            jump(Op.JZ, otherwise, flag);
            if (io.capture() != null) captureFrom(io.capture(), m);
        }
        branch(io.then(), d);
        jump(Op.JMP, end);
        bind(otherwise);
        if (io.otherwise() != null) branch(io.otherwise(), d);
        bind(end);
    }

    /** Sets a capture local from a value in memory. */
    private void captureFrom(Ir.Local l, Mem m) {
        declared(l);
        Integer reg = regOf.get(l);
        if (reg != null) load(reg, m, l.type);
        else copy(new Mem(FRAME, slotOf.get(l)), m, Layout.sizeOf(l.type));
    }

    private void ifErr(Ir.IfErr ie, Dest d) {
        int saved = temp();
        emit(Op.ERRSAVE, saved);
        EuParts p = errorUnion(ie.operand());
        int otherwise = newLabel();
        int end = newLabel();
        jump(Op.JNZ, otherwise, p.code());
        if (ie.capture() != null) {
            Type pt = ((Type.ErrorUnion) ie.operand().type()).payload();
            if (Layout.sizeOf(pt) > 0) captureFrom(ie.capture(), p.payload());
        }
        branch(ie.then(), d);
        jump(Op.JMP, end);
        bind(otherwise);
        if (ie.errCapture() != null) assignLocal(ie.errCapture(), p.code());
        handled(ie.otherwise(), d, saved);
        bind(end);
    }

    /**
     * An error handler's code. Zig drops the error's trace entries once the error is handled: when
     * the handler completes or leaves by break/continue, but not when it returns an error.
     */
    private void handled(Ir.Expr handler, Dest d, int savedTraceLen) {
        handlerSaves.add(savedTraceLen);
        branch(handler, d);
        handlerSaves.remove(handlerSaves.size() - 1);
        if (!(handler.type() instanceof Type.NoReturn)) emit(Op.ERRRESTORE, savedTraceLen);
    }

    private void restoreHandled(Target t) {
        if (handlerSaves.size() > t.handlers()) emit(Op.ERRRESTORE, handlerSaves.get(t.handlers()));
    }

    private void switchExpr(Ir.Switch sw, Dest d) {
        Type ot = sw.operand().type();
        int v;
        Mem unionMem = null;
        Type itemType = ot;
        if (ot instanceof UnionType ut) {
            unionMem = agg(sw.operand());
            v = temp();
            load(v, unionMem.plus(ut.tagOffset()), ut.tag().tagType());
            itemType = ut.tag();
        } else {
            v = scalar(sw.operand());
        }
        int end = newLabel();
        List<Integer> prongLabels = new ArrayList<>();
        Integer elseLabel = null;
        for (Ir.Prong p : sw.prongs()) {
            int label = newLabel();
            prongLabels.add(label);
            if (p.isElse()) {
                elseLabel = label;
                continue;
            }
            for (Value item : p.items()) {
                int c = temp();
                emit(Op.LDK, c, k(image.scalarBits(itemType, item)));
                jump(Op.JEQ, label, v, c);
            }
            for (Value[] r : p.ranges()) {
                int lo = temp();
                emit(Op.LDK, lo, k(image.scalarBits(itemType, r[0])));
                int hi = temp();
                emit(Op.LDK, hi, k(image.scalarBits(itemType, r[1])));
                boolean signed = itemType instanceof Type.Int i && i.signed();
                int skip = newLabel();
                jump(signed ? Op.JLTS : Op.JLTU, skip, v, lo);
                jump(signed ? Op.JLTS : Op.JLTU, skip, hi, v);
                jump(Op.JMP, label);
                bind(skip);
            }
        }
        if (elseLabel != null) jump(Op.JMP, elseLabel);
        else emit(Op.UNREACH);
        for (int i = 0; i < sw.prongs().size(); i++) {
            Ir.Prong p = sw.prongs().get(i);
            bind(prongLabels.get(i));
            if (p.capture() != null) {
                if (unionMem != null && !p.isElse()) {
                    if (p.captureByRef()) assignLocal(p.capture(), addressOf(unionMem));
                    else if (Layout.sizeOf(p.capture().type) > 0) captureFrom(p.capture(), unionMem);
                } else if (unionMem != null) {
                    if (p.captureByRef()) assignLocal(p.capture(), addressOf(unionMem));
                    else {
                        declared(p.capture());
                        copy(new Mem(FRAME, slotOf.get(p.capture())), unionMem, Layout.sizeOf(ot));
                    }
                } else {
                    assignLocal(p.capture(), v);
                }
            }
            branch(p.body(), d);
            jump(Op.JMP, end);
        }
        bind(end);
    }

    // ------------------------------------------------------------------ blocks and loops

    private void block(Ir.Block b, Dest d) {
        int end = newLabel();
        if (b.label() != null) targets.put(b.label(), new Target(d, end, -1, scopes.size(), handlerSaves.size()));
        scopes.push(newScope());
        long frameMark = frameTop;
        for (Ir.Node n : b.body()) stmt(n);
        if (!(b.type() instanceof Type.NoReturn) || b.label() != null) runDefers(1, false, -1);
        scopes.pop();
        frameTop = frameMark;
        bind(end);
    }

    /** A condition {@link #jumpIfTrue} can test in one instruction. */
    private static boolean testsInOne(Ir.Expr cond) {
        if (cond instanceof Ir.Cmp c) return !(c.left().type() instanceof Type.Float) && !(c.left().type() instanceof Type.Optional);
        return !(cond instanceof Ir.Logic || cond instanceof Ir.Unary || cond instanceof Ir.Const);
    }

    /** Jumps to {@code trueLabel} when {@code cond} (one that {@link #testsInOne}) is true. */
    private void jumpIfTrue(Ir.Expr cond, int trueLabel) {
        Span saved = site;
        site = cond.span();
        if (cond instanceof Ir.Cmp c) {
            int a = scalar(c.left());
            int b = scalar(c.right());
            boolean signed = c.left().type() instanceof Type.Int i && i.signed();
            switch (c.op()) {
                case EQ -> jump(Op.JEQ, trueLabel, a, b);
                case NE -> jump(Op.JNE, trueLabel, a, b);
                case LT -> jump(signed ? Op.JLTS : Op.JLTU, trueLabel, a, b);
                case GE -> jump(signed ? Op.JGES : Op.JGEU, trueLabel, a, b);
                case GT -> jump(signed ? Op.JLTS : Op.JLTU, trueLabel, b, a);
                case LE -> jump(signed ? Op.JGES : Op.JGEU, trueLabel, b, a);
            }
        } else {
            jump(Op.JNZ, trueLabel, scalar(cond));
        }
        site = saved;
    }

    /**
     * {@code while (cond) : (cont) body} with a plain condition, laid out with the test at the
     * bottom so that each iteration takes one jump: {@code JMP test; body: body; cont: cont;
     * test: if (cond) goto body}.
     */
    private void rotatedWhileLoop(Ir.While w, Dest d) {
        int body = newLabel();
        int cont = newLabel();
        int test = newLabel();
        int end = newLabel();
        targets.put(w.label(), new Target(d, end, cont, scopes.size(), handlerSaves.size()));
        jump(Op.JMP, test);
        bind(body);
        scopes.push(newScope());
        gen(w.body(), DROP);
        scopes.pop();
        bind(cont);
        if (w.cont() != null) stmt(w.cont());
        bind(test);
        statement(w.cond().span());
        jumpIfTrue(w.cond(), body);
        if (w.otherwise() != null) branch(w.otherwise(), d);
        bind(end);
    }

    private void whileLoop(Ir.While w, Dest d) {
        if (w.kind() == Ir.WhileKind.BOOL && testsInOne(w.cond())) {
            rotatedWhileLoop(w, d);
            return;
        }
        int top = newLabel();
        int cont = newLabel();
        int otherwise = newLabel();
        int end = newLabel();
        targets.put(w.label(), new Target(d, end, cont, scopes.size(), handlerSaves.size()));
        bind(top);
        int condStep = statement(w.cond().span());
        int saved = -1;
        switch (w.kind()) {
            case BOOL -> condJump(w.cond(), otherwise);
            case OPTIONAL -> {
                Type.Optional ot = (Type.Optional) w.cond().type();
                if (w.captureByRef()) {
                    Mem m = place(w.cond());
                    int flag = temp();
                    if (Layout.isPointerLike(ot.child())) load(flag, m, new Type.Int(64, false));
                    else load(flag, m.plus(Layout.optionalFlagOffset(ot)), new Type.Bool());
                    jump(Op.JZ, otherwise, flag);
                    if (w.capture() != null) assignLocal(w.capture(), addressOf(m));
                } else if (Layout.isPointerLike(ot.child()) && Layout.isScalar(ot.child())) {
                    int v = scalar(w.cond());
                    jump(Op.JZ, otherwise, v);
                    if (w.capture() != null) assignLocal(w.capture(), v);
                } else {
                    Mem m = agg(w.cond());
                    int flag = temp();
                    if (Layout.isPointerLike(ot.child())) load(flag, m, new Type.Int(64, false));
                    else load(flag, m.plus(Layout.optionalFlagOffset(ot)), new Type.Bool());
                    jump(Op.JZ, otherwise, flag);
                    if (w.capture() != null) captureFrom(w.capture(), m);
                }
            }
            case ERROR_UNION -> {
                saved = temp();
                emit(Op.ERRSAVE, saved);
                EuParts p = errorUnion(w.cond());
                jump(Op.JNZ, otherwise, p.code());
                Type pt = ((Type.ErrorUnion) w.cond().type()).payload();
                if (w.capture() != null && Layout.sizeOf(pt) > 0) captureFrom(w.capture(), p.payload());
                if (w.elseCapture() != null) assignLocal(w.elseCapture(), p.code());
            }
        }
        endStatement(condStep);
        scopes.push(newScope());
        gen(w.body(), DROP);
        scopes.pop();
        bind(cont);
        if (w.cont() != null) stmt(w.cont());
        jump(Op.JMP, top);
        bind(otherwise);
        if (saved >= 0) emit(Op.ERRRESTORE, saved);
        if (w.otherwise() != null) branch(w.otherwise(), d);
        bind(end);
    }

    private void forLoop(Ir.For f, Dest d) {
        int top = newLabel();
        int cont = newLabel();
        int done = newLabel();
        int end = newLabel();
        // inputs: base pointers, starts and the common length
        int n = f.inputs().size();
        int[] bases = new int[n];
        int[] starts = new int[n];
        int lengthReg = regOrSlot(f.length());
        boolean haveLength = false;
        for (int i = 0; i < n; i++) {
            Ir.ForInput in = f.inputs().get(i);
            Span saved = site;
            site = in.span();
            int thisLen;
            if (in.isRange()) {
                starts[i] = scalar(in.rangeStart());
                if (in.rangeEnd() == null) {
                    thisLen = -1;
                } else {
                    int e = scalar(in.rangeEnd());
                    int l = temp();
                    emit(Op.SLICECHK, starts[i], e, e);
                    emit(Op.SUBW, l, e, starts[i], Op.tk(64, false));
                    thisLen = l;
                }
                int keep = temp();
                emit(Op.MOV, keep, starts[i]);
                starts[i] = keep;
            } else {
                int[] pl = ptrAndLen(in.object());
                int keep = temp();
                emit(Op.MOV, keep, pl[0]);
                bases[i] = keep;
                thisLen = pl[1];
            }
            if (thisLen >= 0) {
                if (!haveLength) {
                    emit(Op.MOV, lengthReg, thisLen);
                    haveLength = true;
                } else {
                    emit(Op.LENEQ, lengthReg, thisLen, image.panicId("for loop over objects with non-equal lengths"));
                }
            }
            site = saved;
        }
        int index = regOrSlot(f.index());
        emit(Op.LDK, index, k(0));
        targets.put(f.label(), new Target(d, end, cont, scopes.size(), handlerSaves.size()));
        bind(top);
        statement(f.span());
        jump(Op.JGEU, done, index, lengthReg);
        for (int i = 0; i < n; i++) {
            Ir.Local cap = f.captures().get(i);
            Ir.ForInput in = f.inputs().get(i);
            if (in.isRange()) {
                int v = temp();
                emit(Op.ADDW, v, starts[i], index, Op.tk(64, false));
                assignLocal(cap, v);
                continue;
            }
            Type elem = Layout.elementType(in.object().type());
            long es = Layout.sizeOf(elem);
            int addr = temp();
            emit(Op.IDXADDR, addr, bases[i], index, (int) es);
            if (f.byRef().get(i)) {
                assignLocal(cap, addr);
            } else {
                captureFrom(cap, new Mem(addr, 0));
            }
        }
        scopes.push(newScope());
        gen(f.body(), DROP);
        scopes.pop();
        bind(cont);
        int one = temp();
        emit(Op.LDK, one, k(1));
        emit(Op.ADDW, index, index, one, Op.tk(64, false));
        jump(Op.JMP, top);
        bind(done);
        if (f.otherwise() != null) branch(f.otherwise(), d);
        bind(end);
    }

    /** The register of a compiler-made scalar local (loop counters are always registers). */
    private int regOrSlot(Ir.Local l) {
        Integer r = regOf.get(l);
        if (r == null) throw new IllegalStateException("loop counter not in a register: " + l);
        return r;
    }

    private void breakExpr(Ir.Break b) {
        Target t = targets.get(b.target());
        if (b.value() != null) gen(b.value(), t.dest());
        restoreHandled(t);
        runDefers(scopes.size() - t.depth(), false, -1);
        jump(Op.JMP, t.breakLabel());
    }

    private void continueExpr(Ir.Continue c) {
        Target t = targets.get(c.target());
        restoreHandled(t);
        runDefers(scopes.size() - t.depth(), false, -1);
        jump(Op.JMP, t.continueLabel());
    }

    private void returnExpr(Ir.Return r) {
        Type rt = fn.returnType;
        Ir.Expr v = r.value();
        if (v == null) {
            runDefers(scopes.size(), false, -1);
            if (rt instanceof Type.ErrorUnion eu && Layout.isScalar(eu)) {
                int z = temp();
                emit(Op.LDK, z, k(0));
                emit(Op.RET, z);
            } else {
                emit(Op.RETV);
            }
            return;
        }
        Boolean staticError = v instanceof Ir.Convert c ? (c.kind() == Ir.ConvKind.WRAP_ERROR ? Boolean.TRUE
                : c.kind() == Ir.ConvKind.WRAP_PAYLOAD ? Boolean.FALSE : null) : null;
        if (Layout.isScalar(rt)) {
            int val = temp();
            gen(v, new ToReg(val));
            if (rt instanceof Type.ErrorUnion) {
                errorAwareReturn(val, staticError, () -> emit(Op.RET, val));
            } else {
                runDefers(scopes.size(), false, -1);
                emit(Op.RET, val);
            }
            return;
        }
        int res = temp();
        emit(Op.LDRES, res);
        Mem resMem = new Mem(res, 0);
        if (Layout.sizeOf(rt) > 0) gen(v, new ToMem(resMem));
        else gen(v, DROP);
        if (rt instanceof Type.ErrorUnion eu) {
            int code = temp();
            load(code, resMem.plus(Layout.errorUnionLayout(eu)[1]), new Type.Int(16, false));
            errorAwareReturn(code, staticError, () -> emit(Op.RETV));
        } else {
            runDefers(scopes.size(), false, -1);
            emit(Op.RETV);
        }
    }

    /** Returns with the error trace and errdefers when the returned value is an error. */
    private void errorAwareReturn(int codeReg, Boolean staticError, Runnable ret) {
        if (Boolean.TRUE.equals(staticError)) {
            emit(Op.ERRTRACE);
            runDefers(scopes.size(), true, codeReg);
            ret.run();
            return;
        }
        if (Boolean.FALSE.equals(staticError) || !hasErrDefer()) {
            if (staticError == null) {
                int ok = newLabel();
                jump(Op.JZ, ok, codeReg);
                emit(Op.ERRTRACE);
                bind(ok);
            }
            runDefers(scopes.size(), false, -1);
            ret.run();
            return;
        }
        int ok = newLabel();
        jump(Op.JZ, ok, codeReg);
        emit(Op.ERRTRACE);
        runDefers(scopes.size(), true, codeReg);
        ret.run();
        bind(ok);
        runDefers(scopes.size(), false, -1);
        ret.run();
    }

    private boolean hasErrDefer() {
        for (DeferScope s : scopes) for (Ir.Defer d : s.defers) if (d.isErr()) return true;
        return false;
    }

    private void assign(Ir.Assign a) {
        if (a.target() instanceof Ir.LocalRef lr && regOf.containsKey(lr.local())) {
            gen(a.value(), new ToReg(regOf.get(lr.local())));
            return;
        }
        Type t = a.target().type();
        if (Layout.isScalar(t)) {
            int v = scalar(a.value());
            Mem m = place(a.target());
            Span s = site;
            site = a.target().span();
            store(m, v, t);
            site = s;
        } else {
            Mem m = place(a.target());
            gen(a.value(), new ToMem(m));
        }
    }

    // ------------------------------------------------------------------ builtins

    private void builtin(Ir.Builtin b, Dest d) {
        List<Ir.Expr> args = b.args();
        switch (b.kind()) {
            case MEMCPY -> {
                int[] dst = ptrAndLen(args.get(0));
                int[] src = ptrAndLen(args.get(1));
                Type elem = Layout.elementType(args.get(0).type());
                long es = Layout.sizeOf(elem);
                int count = dst[1] >= 0 ? dst[1] : src[1];
                if (dst[1] >= 0 && src[1] >= 0) emit(Op.LENEQ, dst[1], src[1], image.panicId("@memcpy arguments have non-equal lengths"));
                int bytes = temp();
                int esr = temp();
                emit(Op.LDK, esr, k(es));
                emit(Op.MULW, bytes, count, esr, Op.tk(64, false));
                emit(Op.NOALIAS, dst[0], src[0], bytes);
                emit(Op.COPYR, dst[0], src[0], bytes);
            }
            case MEMSET -> {
                int[] dst = ptrAndLen(args.get(0));
                Type elem = Layout.elementType(args.get(0).type());
                long es = Layout.sizeOf(elem);
                if (Layout.isScalar(elem)) {
                    int v = scalar(args.get(1));
                    emit(Op.SETELEMS, dst[0], dst[1], (int) es, v);
                } else {
                    int src = addressOf(agg(args.get(1)));
                    emit(Op.SETELEMSM, dst[0], dst[1], (int) es, src);
                }
            }
            case MEMSET_UNDEFINED -> {
                int[] dst = ptrAndLen(args.get(0));
                Type elem = Layout.elementType(args.get(0).type());
                int bytes = temp();
                int esr = temp();
                emit(Op.LDK, esr, k(Layout.sizeOf(elem)));
                emit(Op.MULW, bytes, dst[1], esr, Op.tk(64, false));
                emit(Op.FILLR, dst[0], bytes, 0xAA, ByteState.UNDEFINED.ordinal());
            }
            case PANIC -> {
                Mem m = agg(args.get(0));
                int ptr = temp();
                load(ptr, m, new Type.Int(64, false));
                int ln = temp();
                load(ln, m.plus(8), new Type.Int(64, false));
                emit(Op.PANICR, ptr, ln);
            }
            case RETURN_ADDRESS -> {
                int r = destReg(d);
                emit(Op.RETADDR, r);
                finishReg(r, d, b.type());
            }
            case ERROR_NAME -> {
                int code = scalar(args.get(0));
                int r = temp();
                emit(Op.ERRNAME, r, code);
                placeValue(new Mem(r, 0), b.type(), d);
            }
            case TAG_NAME -> {
                int v = scalar(args.get(0));
                int r = temp();
                emit(Op.TAGNAME, r, v, image.enumId((EnumType) args.get(0).type()));
                placeValue(new Mem(r, 0), b.type(), d);
            }
            case ADD_WITH_OVERFLOW, SUB_WITH_OVERFLOW, MUL_WITH_OVERFLOW -> {
                int a = scalar(args.get(0));
                int c = scalar(args.get(1));
                int v = temp();
                int bit = temp();
                int opc = b.kind() == Ir.BuiltinKind.ADD_WITH_OVERFLOW ? 0 : b.kind() == Ir.BuiltinKind.SUB_WITH_OVERFLOW ? 1 : 2;
                Type t = args.get(0).type();
                emit(Op.OVF, v, bit, a, c, tk(t), opc);
                if (d instanceof ToMem tm) {
                    StructType tuple = (StructType) b.type();
                    store(tm.mem().plus(tuple.offsetOf(0)), v, t);
                    store(tm.mem().plus(tuple.offsetOf(1)), bit, new Type.Int(1, false));
                }
            }
            case CTZ, CLZ, POP_COUNT, ABS -> {
                int a = scalar(args.get(0));
                int r = destReg(d);
                int op = switch (b.kind()) {
                    case CTZ -> Op.CTZ;
                    case CLZ -> Op.CLZ;
                    case POP_COUNT -> Op.POPCNT;
                    default -> Op.ABS;
                };
                emit(op, r, a, tk(args.get(0).type()));
                finishReg(r, d, b.type());
            }
            case ROTL, ROTR, MUL_HI -> {
                int a = scalar(args.get(0));
                int c = scalar(args.get(1));
                int r = destReg(d);
                int op = b.kind() == Ir.BuiltinKind.ROTL ? Op.ROTL : b.kind() == Ir.BuiltinKind.ROTR ? Op.ROTR : Op.MULHI;
                emit(op, r, a, c, tk(args.get(0).type()));
                finishReg(r, d, b.type());
            }
            case SLICE_AS_BYTES -> {
                Ir.Expr x = args.get(0);
                Type.Pointer p = (Type.Pointer) x.type();
                int ptr;
                int bytes = temp();
                if (p.isSlice()) {
                    int[] pl = ptrAndLen(x);
                    ptr = pl[0];
                    int es = temp();
                    emit(Op.LDK, es, k(Layout.sizeOf(p.child())));
                    emit(Op.MULW, bytes, pl[1], es, Op.tk(64, false));
                } else {
                    ptr = scalar(x);
                    emit(Op.LDK, bytes, k(Layout.sizeOf(p.child())));
                }
                if (d instanceof ToMem tm) {
                    store(tm.mem(), ptr, new Type.Int(64, false));
                    store(tm.mem().plus(8), bytes, new Type.Int(64, false));
                }
            }
            case BREAKPOINT -> emit(Op.BREAKPOINT);
        }
    }
}
