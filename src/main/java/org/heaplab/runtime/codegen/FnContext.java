package org.heaplab.runtime.codegen;

import java.util.List;
import org.heaplab.lang.ir.Ir;
import org.heaplab.runtime.code.Linkage;

/**
 * One function being compiled: the function, the image it is linked into, and the parts that
 * generate its code. The parts call each other (an {@code if} evaluates its condition, a value
 * may be a {@code switch}), so each reaches the others through this context; the emitter and
 * the frame layout hold the state they all share.
 */
final class FnContext {
    final Linkage image;
    final Ir.Function fn;
    final Emitter out;
    final FrameLayout frame;
    final DeferLowering defers;
    final Statements statements;
    final Values values;
    final Places places;
    final Operators operators;
    final Conversions conversions;
    final ControlFlow flow;
    final ErrorFlow errors;
    final Calls calls;
    final Builtins builtins;
    final WideInts wide;
    final PackedFields packed;
    final VectorElems vectors;

    /** {@code constantsInRegisters}: the scalar constants to hold in registers for the whole call. */
    FnContext(Linkage image, Ir.Function fn, List<Long> constantsInRegisters) {
        this.image = image;
        this.fn = fn;
        this.out = new Emitter(this);
        this.frame = new FrameLayout(this, constantsInRegisters);
        this.defers = new DeferLowering(this);
        this.statements = new Statements(this);
        this.values = new Values(this);
        this.places = new Places(this);
        this.operators = new Operators(this);
        this.conversions = new Conversions(this);
        this.flow = new ControlFlow(this);
        this.errors = new ErrorFlow(this);
        this.calls = new Calls(this);
        this.builtins = new Builtins(this);
        this.wide = new WideInts(this);
        this.packed = new PackedFields(this);
        this.vectors = new VectorElems(this);
    }
}
