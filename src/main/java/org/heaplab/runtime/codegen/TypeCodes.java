package org.heaplab.runtime.codegen;

import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.ErrorSetType;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.Type;
import org.heaplab.runtime.code.Op;

/** How types become instruction operands: integer type codes, load kinds and store sizes. */
final class TypeCodes {
    private TypeCodes() {}

    /** The integer type code ({@link Op#tk}) arithmetic on a value of type {@code t} works in. */
    static int tk(Type t) {
        if (t instanceof Type.Int i) return Op.tk(i.bits(), i.signed());
        if (t instanceof Type.Bool) return Op.tk(1, false);
        if (t instanceof EnumType e) return Op.tk(Math.max(1, e.tagType().bits()), e.tagType().signed());
        if (t instanceof ErrorSetType) return Op.tk(16, false);
        return Op.tk(64, false);
    }

    /** The size operand of a store of a scalar: 1 to 8 bytes, -4 for an f32. */
    static int storeSize(Type t) {
        if (t instanceof Type.Float f) return f.bits() == 32 ? -4 : 8;
        return (int) Math.max(1, Math.min(8, Layout.sizeOf(t)));
    }

    /** How a load of a scalar of type {@code t} widens its bytes to a register. */
    static int loadKind(Type t) {
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
}
