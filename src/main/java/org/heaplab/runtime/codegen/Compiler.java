package org.heaplab.runtime.codegen;

import java.util.List;
import org.heaplab.lang.ir.Ir;
import org.heaplab.runtime.code.FnCode;
import org.heaplab.runtime.code.Linkage;
import org.heaplab.runtime.code.Op;

/**
 * Compiles a function's checked IR to VM instructions ({@link Op}).
 *
 * <p>Scalar values live in registers; aggregates (slices, structs, arrays, error unions of
 * non-void payloads...) in frame memory, handled by address ({@link FrameLayout}). Each
 * instruction remembers the span it came from, which is where Zig's traces point, and each
 * statement is a step ({@link Emitter}). The work is shared by parts over one per-function
 * {@link FnContext}: values, places, operators and conversions; control flow and error
 * handling; calls and builtins; defers ({@link DeferLowering}).
 */
public final class Compiler {
    private Compiler() {}

    /**
     * Compiles a function in two passes: the first finds which scalar constants the code uses
     * as operands, the second gives the most used of them registers of their own.
     */
    public static FnCode compile(Linkage image, Ir.Function fn) {
        var first = new FnContext(image, fn, List.of());
        first.statements.function();
        var second = new FnContext(image, fn, first.frame.mostUsedConstants());
        return second.statements.function();
    }
}
