package org.heaplab.runtime;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.Value;
import org.heaplab.memory.AddressSpace;
import org.heaplab.memory.ByteState;
import org.heaplab.runtime.code.FnCode;

/**
 * Calls a type's {@code format} method while the formatter formats a value, as Zig's
 * {@code formatType} does: {@code value.format(fmt, options, writer)}. The checker instantiated
 * the method for the specifier and for the writer {@code std.fmt.HlSinkWriter}, whose context is
 * a sink number; what the method writes through it ({@code hlSinkAppend}) is collected here and
 * becomes that value's text. Calls nest (a method that prints values with methods of their own),
 * so the sinks are a stack and a sink's number is its depth.
 */
final class FormatMethodCalls {
    private final Vm vm;
    private final Image image;
    private final AddressSpace mem;
    private final List<ByteArrayOutputStream> sinks = new ArrayList<>();

    FormatMethodCalls(Vm vm, Image image, AddressSpace mem) {
        this.vm = vm;
        this.image = image;
        this.mem = mem;
    }

    /**
     * Runs {@code method} on the value at {@code valueAddr} (what the method's first parameter
     * names, or a pointer to it) with the placeholder's options; returns what it wrote (nothing
     * when {@code direct} took it as it was written).
     */
    byte[] call(Ir.Function method, long valueAddr, Type valueType, Value constant, int fill, char alignment, int width, int precision,
                java.util.function.Consumer<byte[]> direct) {
        FnCode fn = image.function(method);
        // for an unbuffered stream the method's writes go out as they are made
        var out = direct == null ? new FormatBuffer(vm, null) : new ByteArrayOutputStream() {
            @Override
            public void writeBytes(byte[] b) { direct.accept(b); }
        };
        sinks.add(out);
        long sink = sinks.size();
        // scratch below the stack for the result and the arguments built here, 64 bytes apart at least
        long resultSize = round(Layout.sizeOf(method.returnType));
        if (constant != null) {
            long known = image.laidOutConstant(constant, valueType);
            if (known >= 0) {
                valueAddr = known;
                constant = null;
            }
        }
        long valueSize = constant != null ? round(Layout.sizeOf(valueType)) : 0;
        long savedSp = vm.pushScratch(resultSize + valueSize + 2 * 64);
        long result = vm.scratchAddress();
        long next = result + resultSize;
        try {
            if (constant != null) {
                write(next, valueType, constant);
                valueAddr = next;
                next += valueSize;
            }
            int lastRuntime = -1;
            for (int i = 0; i < method.allParamTypes.size(); i++) if (!method.paramIsComptime.get(i)) lastRuntime = i;
            List<Long> args = new ArrayList<>();
            for (int i = 0; i < method.allParamTypes.size(); i++) {
                if (method.paramIsComptime.get(i)) continue;
                Type pt = method.allParamTypes.get(i);
                FnCode.Param p = fn.params()[args.size()];
                if (i == 0 && pt instanceof Type.Pointer) {
                    args.add(valueAddr);
                    continue;
                }
                long addr;
                if (i == 0) {
                    addr = valueAddr;
                } else {
                    addr = next;
                    next += 64;
                    write(addr, pt, i == lastRuntime ? new Value.AggregateV(pt, List.of(Value.IntV.of(sink))) : options(pt, fill, alignment, width, precision));
                }
                args.add(p.scalar() ? mem.load(addr, p.storeSize()) : addr);
            }
            long[] a = new long[args.size()];
            for (int i = 0; i < a.length; i++) a[i] = args.get(i);
            vm.call(fn, a, result);
        } finally {
            vm.popScratch(savedSp);
            sinks.remove(sinks.size() - 1);
        }
        return out.toByteArray();
    }

    private static long round(long n) { return (Math.max(n, 1) + 15) & ~15L; }

    /** Lays a value out in simulated memory (as the image lays out constants). */
    private void write(long addr, Type t, Value v) {
        long size = Layout.sizeOf(t);
        var section = new Image.Section(addr);
        section.reserve(Math.max(1, size), 1);
        section.writeValue(image, addr, t, v);
        mem.writeBytes(addr, section.bytes, 0, (int) size, ByteState.DEFINED);
    }

    /** What the sink writer's write function hands over. */
    void append(long sink, byte[] bytes) {
        if (sink >= 1 && sink <= sinks.size()) sinks.get((int) sink - 1).writeBytes(bytes);
    }

    /** A {@code std.fmt.FormatOptions} value. */
    private static Value options(Type t, int fill, char alignment, int width, int precision) {
        if (!(t instanceof StructType st)) throw new IllegalStateException("format options of type " + t.name());
        List<Value> fields = new ArrayList<>();
        for (StructType.Field f : st.fields()) {
            fields.add(switch (f.name()) {
                case "precision" -> precision < 0 ? Value.NullV.INSTANCE : new Value.OptionalV(Value.IntV.of(precision));
                case "width" -> width < 0 ? Value.NullV.INSTANCE : new Value.OptionalV(Value.IntV.of(width));
                case "alignment" -> {
                    EnumType e = (EnumType) f.type();
                    yield new Value.EnumV(e, e.indexOf(alignment == '<' ? "left" : alignment == '^' ? "center" : "right"));
                }
                case "fill" -> Value.IntV.of(fill);
                default -> f.defaultValue() != null ? f.defaultValue() : Value.UndefV.INSTANCE;
            });
        }
        return new Value.AggregateV(t, fields);
    }
}
