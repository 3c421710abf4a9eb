package org.heaplab.runtime;

import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.Value;
import org.heaplab.lang.ir.Ir;
import org.heaplab.memory.AddressSpace;
import org.heaplab.runtime.code.FnCode;

/**
 * What a native (a std function Heap Lab implements in Java) is called with: the function
 * instance (its comptime arguments and parameter types) and the runtime argument values,
 * indexed by the declared parameter's position.
 */
final class NativeCall {
    final Vm vm;
    final FnCode fn;
    private final long[] args;
    final long resultAddr;
    private final int[] runtimeIndex;

    NativeCall(Vm vm, FnCode fn, long[] args, long resultAddr) {
        this.vm = vm;
        this.fn = fn;
        this.args = args;
        this.resultAddr = resultAddr;
        this.runtimeIndex = fn.runtimeArgIndex();
    }

    Ir.Function function() { return fn.function(); }

    Machine machine() { return vm.machine; }

    AddressSpace memory() { return vm.mem; }

    /** The runtime value of declared parameter i: a scalar, or the address of an aggregate. */
    long arg(int i) { return args[runtimeIndex[i]]; }

    Value comptime(int i) { return fn.function().comptimeArgs.get(i); }

    Type type(int i) { return fn.function().allParamTypes.get(i); }

    long slicePtr(int i) { return vm.mem.load(arg(i), 8); }

    long sliceLen(int i) { return vm.mem.load(arg(i) + 8, 8); }

    /** The bytes of slice argument i (see {@link Vm#readBytes}: bounded, and faulting as Zig's read would). */
    byte[] sliceBytes(int i) { return vm.readBytes(slicePtr(i), sliceLen(i)); }
}
