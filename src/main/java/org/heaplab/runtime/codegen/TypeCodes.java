package org.heaplab.runtime.codegen;

import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.ErrorSetType;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.Type;
import org.heaplab.runtime.code.Operand;

/** How types become instruction operands: integer type codes, load kinds and store sizes. */
final class TypeCodes {
    private TypeCodes() {}

    /** The integer type code ({@link Operand#tk}) arithmetic on a value of type {@code t} works in. */
    static int tk(Type t) {
        if (t instanceof Type.Int i) return Operand.tk(i.bits(), i.signed());
        if (t instanceof Type.Bool) return Operand.tk(1, false);
        if (t instanceof EnumType e) return Operand.tk(Math.max(1, e.tagType().bits()), e.tagType().signed());
        if (t instanceof ErrorSetType) return Operand.tk(16, false);
        return Operand.U64;
    }

    /** The size operand of a store of a scalar: 1 to 8 bytes, -4 for an f32, -2 for an f16. */
    static int storeSize(Type t) {
        if (t instanceof Type.Float f) return f.bits() == 32 ? -4 : f.bits() == 16 ? -2 : 8;
        return (int) Math.max(1, Math.min(8, Layout.sizeOf(t)));
    }

    /** How a load of a scalar of type {@code t} widens its bytes to a register. */
    static int loadKind(Type t) {
        // an enum loads as its tag type (a signed tag sign-extends)
        if (t instanceof EnumType e) t = e.tagType();
        if (t instanceof Type.Float f) return f.bits() == 32 ? Operand.LD_F32 : f.bits() == 16 ? Operand.LD_F16 : Operand.LD_64;
        if (t instanceof Type.Bool) return Operand.LD_U8;
        long size = Layout.sizeOf(t);
        boolean signed = t instanceof Type.Int i && i.signed();
        if (t instanceof Type.Int i && i.bits() < 8 * size) {
            // odd widths (u1, u6, u18...) are stored zero- or sign-extended to their byte size
            return switch ((int) size) {
                case 1 -> signed ? Operand.LD_S8 : Operand.LD_U8;
                case 2 -> signed ? Operand.LD_S16 : Operand.LD_U16;
                case 4 -> signed ? Operand.LD_S32 : Operand.LD_U32;
                default -> Operand.LD_64;
            };
        }
        return switch ((int) size) {
            case 0 -> Operand.LD_U8;
            case 1 -> signed ? Operand.LD_S8 : Operand.LD_U8;
            case 2 -> signed ? Operand.LD_S16 : Operand.LD_U16;
            case 4 -> signed ? Operand.LD_S32 : Operand.LD_U32;
            default -> Operand.LD_64;
        };
    }
}
