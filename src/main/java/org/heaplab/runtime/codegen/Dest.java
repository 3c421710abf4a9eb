package org.heaplab.runtime.codegen;

/** Where the value of an expression goes: a register, a memory location, or nowhere. */
sealed interface Dest permits Dest.ToReg, Dest.ToMem, Dest.Drop {
    record ToReg(int reg) implements Dest {}

    record ToMem(Mem mem) implements Dest {}

    /** Evaluated for its effects only. */
    record Drop() implements Dest {}

    Drop DROP = new Drop();
}
