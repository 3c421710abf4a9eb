package org.heaplab.runtime.code;

import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.GlobalVar;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.Value;

/**
 * What compiled code refers to outside itself, as the image being linked lays it out: comptime
 * values in read-only data, globals, panic messages and enum tag-name tables, and the code
 * words of opcodes. The code generator asks; the image decides.
 */
public interface Linkage {
    /** The 64-bit register value of a comptime scalar (addresses of what it points to included). */
    long scalarBits(Type t, Value v);

    /** The address of a comptime value laid out in read-only data. */
    long constantAddress(Value v, Type t);

    long globalAddress(GlobalVar g);

    /** The operand PANIC and LENEQ name a message by. */
    int panicId(String message);

    /** The operand ENUMCHK and TAGNAME name an enum by. */
    int enumId(EnumType t);

    /**
     * The code word that stands for an opcode here: its number, and in the bits above {@link
     * Op#MACHINE_SHIFT} what the machine that will run the code keeps there (the VM, its handler).
     */
    default int opcodeWord(Op op) { return op.code(); }
}
