package org.heaplab.runtime;

import java.io.ByteArrayOutputStream;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.memory.AddressSpace;

/**
 * What Zig's {@code std.hash.autoHash} feeds the hasher for a value, and {@code std.meta.eql}'s
 * member-by-member equality: integers as their significant bytes, enums as their tag, bools as
 * one byte, pointers as their address, structs and arrays member by member (never padding),
 * optionals as their payload when present.
 */
final class KeyBytes {
    private final AddressSpace mem;
    private final Vm vm;

    KeyBytes(AddressSpace mem, Vm vm) {
        this.mem = mem;
        this.vm = vm;
    }

    /** The bytes hashed for the value of type {@code t} stored at {@code addr}. */
    byte[] of(Type t, long addr) {
        // at most the value's size: counted as work, and bounded like any native's bytes
        long size = Layout.sizeOf(t);
        vm.work(size);
        if (size > FormatBuffer.LIMIT) throw FormatBuffer.tooLong();
        var out = new ByteArrayOutputStream();
        append(t, addr, out);
        return out.toByteArray();
    }

    private void append(Type t, long addr, ByteArrayOutputStream out) {
        switch (t) {
            case Type.Int i -> little((i.bits() + 7) / 8, mem.load(addr, Layout.intBytes(i.bits())), out);
            case Type.Bool b -> out.write((int) (mem.load(addr, 1) & 1));
            case EnumType e -> {
                if (e.tagType() != null) append(e.tagType(), addr, out);
            }
            case Type.Pointer p -> {
                little(8, mem.load(addr, 8), out);
                if (p.isSlice()) little(8, mem.load(addr + 8, 8), out);
            }
            case Type.Array a -> {
                long size = Layout.sizeOf(a.child());
                for (long k = 0; k < a.length(); k++) append(a.child(), addr + k * size, out);
            }
            case StructType s -> {
                for (int f = 0; f < s.fields().size(); f++) append(s.fields().get(f).type(), addr + s.offsetOf(f), out);
            }
            case Type.Optional o -> {
                if (Layout.isPointerLike(o.child())) {
                    if (mem.load(addr, 8) != 0) append(o.child(), addr, out);
                } else if (mem.load(addr + Layout.optionalFlagOffset(o), 1) != 0) {
                    append(o.child(), addr, out);
                }
            }
            default -> {
                long size = Layout.sizeOf(t);
                for (long k = 0; k < size; k++) out.write((int) mem.load(addr + k, 1));
            }
        }
    }

    private static void little(int bytes, long v, ByteArrayOutputStream out) {
        for (int k = 0; k < bytes; k++) out.write((int) (v >>> (8 * k)) & 0xFF);
    }

    /** {@code std.meta.eql}: equal members; slices and pointers compare as addresses (and lengths). */
    boolean equal(Type t, long a, long b) {
        return java.util.Arrays.equals(of(t, a), of(t, b));
    }
}
