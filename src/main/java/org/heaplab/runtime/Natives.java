package org.heaplab.runtime;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.heaplab.alloc.DebugAllocator;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.ErrorSetType;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.Value;
import org.heaplab.lang.ir.Ir;
import org.heaplab.memory.ByteState;

/**
 * The {@code extern fn}s of Heap Lab's std, implemented in Java: the page allocator and the
 * debug allocator (over simulated memory), formatting and printing, and a few process services.
 */
final class Natives {
    private Natives() {}

    /** A native's implementation: returns the scalar result (0 for void and aggregates, written to the result address). */
    interface Native {
        long invoke(NativeCall c);
    }

    private static final Map<String, Native> REGISTRY = new HashMap<>();

    static Native lookup(Ir.Function f) {
        Native n = REGISTRY.get(f.nativeName);
        if (n == null) throw new IllegalStateException("no native for " + f.nativeName);
        return n;
    }

    private static void register(String name, Native n) { REGISTRY.put(name, n); }

    static {
        // ---- page allocator
        register("heap.PageAllocator.alloc", c -> c.machine().pageAllocator().alloc(c.arg(1), (int) c.arg(2), c.arg(3)));
        register("heap.PageAllocator.resize", c -> c.machine().pageAllocator().resize(c.slicePtr(1), c.sliceLen(1), (int) c.arg(2), c.arg(3), c.arg(4)) ? 1 : 0);
        register("heap.PageAllocator.remap", c -> c.machine().pageAllocator().remap(c.slicePtr(1), c.sliceLen(1), (int) c.arg(2), c.arg(3), c.arg(4)));
        register("heap.PageAllocator.free", c -> {
            c.machine().pageAllocator().free(c.slicePtr(1), c.sliceLen(1), (int) c.arg(2), c.arg(3));
            return 0;
        });

        // ---- debug allocator: (comptime Self, comptime config, context, ...)
        register("heap.general_purpose_allocator.debugAlloc", c -> debug(c).alloc(c.arg(3), (int) c.arg(4), c.arg(5)));
        register("heap.general_purpose_allocator.debugResize",
                c -> debug(c).resize(c.slicePtr(3), c.sliceLen(3), (int) c.arg(4), c.arg(5), c.arg(6)) ? 1 : 0);
        register("heap.general_purpose_allocator.debugRemap",
                c -> debug(c).remap(c.slicePtr(3), c.sliceLen(3), (int) c.arg(4), c.arg(5), c.arg(6)));
        register("heap.general_purpose_allocator.debugFree", c -> {
            debug(c).free(c.slicePtr(3), c.sliceLen(3), (int) c.arg(4), c.arg(5));
            return 0;
        });
        register("heap.general_purpose_allocator.debugDetectLeaks", c -> debug(c).detectLeaks() ? 1 : 0);
        register("heap.general_purpose_allocator.debugDeinit", c -> {
            debug(c).deinit();
            c.machine().chain.deinitialized(c.arg(2));
            return 0;
        });

        // the test runner's log function counts the errors logged ("N errors were logged.")
        register("log.hlCountLoggedError", c -> {
            c.machine().errorsLogged++;
            return 0;
        });
        register("debug.captureAddresses", c -> {
            long ptr = c.slicePtr(1);
            int max = (int) Math.min(c.sliceLen(1), 1 << 16);
            long[] trace = c.machine().captureStackTrace(c.arg(0), max);
            for (int i = 0; i < trace.length; i++) c.memory().store(ptr + 8L * i, 8, trace[i]);
            return trace.length;
        });

        // ---- the allocator chain: rawAlloc, rawResize, rawRemap and rawFree report each call
        register("mem.Allocator.hlEnter", c -> c.machine().chain.enter(c.arg(0), c.arg(1), (int) c.arg(2), c.arg(3)) ? 1 : 0);
        register("mem.Allocator.hlReplaces", c -> c.machine().chain.replaces(c.arg(0), c.arg(1)) ? 1 : 0);
        register("mem.Allocator.hlEnterFree", c -> c.machine().chain.enterFree(c.arg(0), c.arg(1)) ? 1 : 0);
        register("heap.hl_substitute.hlSubstituteKind", c -> c.machine().chain.plan().substitute().ordinal());
        register("heap.hl_substitute.hlFixedBytes", c -> c.machine().chain.plan().fixedBytes());
        // the fixed buffer's own pages, mapped as the operating system would give them (no allocator call)
        register("heap.hl_substitute.hlFixedBuffer", c -> c.machine().pageAllocator().alloc(Math.max(1, c.arg(0)), 12, 0));
        register("mem.Allocator.hlAllocated", c -> {
            c.machine().chain.allocated(c.arg(0), c.arg(1), (int) c.arg(2));
            return 0;
        });
        register("mem.Allocator.hlResized", c -> {
            c.machine().chain.resized(c.arg(0) != 0, c.slicePtr(1), c.arg(2));
            return 0;
        });
        register("mem.Allocator.hlRemapped", c -> {
            c.machine().chain.remapped(c.arg(0), c.slicePtr(1), c.arg(2));
            return 0;
        });
        register("mem.Allocator.hlFreed", c -> {
            c.machine().chain.freed(c.slicePtr(0));
            return 0;
        });

        register("heap.memory_pool.hlPool", c -> {
            c.machine().chain.pool(c.arg(0), (StructType) ((Value.TypeV) c.comptime(1)).type());
            return 0;
        });

        // ---- hashing
        register("hash.wyhash", c -> Wyhash.hash(c.arg(0), c.sliceBytes(1)));
        register("hash.autoHashWyhash", c -> withValues(c, (a, b) -> Wyhash.hash(0, new KeyBytes(c.memory(), c.vm).of(c.type(0), a))));
        register("meta.eqlNative", c -> withValues(c, (a, b) -> new KeyBytes(c.memory(), c.vm).equal(c.type(0), a, b) ? 1 : 0));

        register("debug.printStackTrace", c -> {
            long[] trace = new long[(int) c.sliceLen(0)];
            for (int i = 0; i < trace.length; i++) trace[i] = c.memory().load(c.slicePtr(0) + 8L * i, 8);
            c.machine().stderr("\n" + c.machine().renderTrace(trace));
            return 0;
        });

        // ---- printing and formatting
        register("debug.print", c -> {
            formatTo(c, 0, 2);
            return 0;
        });
        register("debug.panic", c -> {
            throw new ZigPanic(new String(format(c, 0), StandardCharsets.UTF_8));
        });
        register("io.printTo", c -> {
            formatTo(c, 1, (int) c.arg(0));
            return 0;
        });
        // the simulated clock: 2025-01-01T00:00:00Z when the program starts, one microsecond per
        // statement run, so a run and its replay read the same times
        register("time.hlNanos", c -> 1_735_689_600_000_000_000L + c.machine().vm().steps() * 1_000L);
        register("io.hlReadStdin", c -> {
            byte[] got = new byte[(int) Math.min(c.sliceLen(0), 1 << 16)];
            int n = c.machine().readStdin(got);
            if (n > 0) c.memory().writeBytes(c.slicePtr(0), got, 0, n, ByteState.DEFINED);
            return n;
        });
        register("io.writeBytes", c -> {
            // a chunk at a time: the output limit stops a huge write as it goes
            long ptr = c.slicePtr(1), len = c.sliceLen(1);
            for (long done = 0; Long.compareUnsigned(done, len) < 0; ) {
                int n = chunk(len - done);
                c.machine().write((int) c.arg(0), c.memory().readBytes(ptr + done, n));
                done += n;
            }
            return 0;
        });
        register("fmt.count", c -> format(c, 0).length);
        register("fmt.hlFormat", c -> c.machine().texts.add(format(c, 0)));
        register("fmt.hlTake", c -> {
            byte[] part = c.machine().texts.take(c.arg(0), (int) Math.min(c.sliceLen(1), Integer.MAX_VALUE));
            if (part.length > 0) c.memory().writeBytes(c.slicePtr(1), part, 0, part.length, ByteState.DEFINED);
            return part.length;
        });
        register("fmt.hlAux", c -> c.machine().texts.aux(c.arg(0)));
        register("fmt.hlDrop", c -> {
            c.machine().texts.drop(c.arg(0));
            return 0;
        });
        register("fmt.bufPrint", Natives::bufPrint);
        register("fmt.hlFormatValue", c -> {
            Ir.Function f = c.function();
            String spec = new String(((Value.StringV) c.comptime(1)).bytes(), StandardCharsets.UTF_8);
            long saved = c.vm.pushScratch(16);
            try {
                long addr = valueAddress(c, 0, c.vm.scratchAddress());
                Value constant = f.paramIsComptime.get(0) ? c.comptime(0) : null;
                char alignment = switch ((int) c.arg(3)) { case 0 -> '<'; case 1 -> '^'; default -> '>'; };
                byte[] text = c.machine().formatter.formatValue(c.type(0), addr, constant, spec, (int) c.arg(2), alignment,
                        c.arg(4), c.arg(5) == -1 ? -1 : (int) Math.min(c.arg(5), 1 << 20),
                        (int) Math.min(c.arg(6), 64), f.formatMethods);
                return c.machine().texts.add(text);
            } finally {
                c.vm.popScratch(saved);
            }
        });
        register("fmt.format_float.hlFormatFloat", c -> {
            double d = Double.longBitsToDouble(c.arg(1));
            int bits = (int) c.arg(2);
            boolean scientific = c.arg(3) != 0;
            int precision = c.arg(4) == -1 ? -1 : (int) Math.min(c.arg(4), 1 << 20);
            String s = FloatFormat.formatFloat(d, bits, scientific, precision, c.sliceLen(0));
            if (s == null) return -1;
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            c.memory().writeBytes(c.slicePtr(0), b, 0, b.length, ByteState.DEFINED);
            return b.length;
        });
        register("fmt.hlSinkAppend", c -> {
            c.machine().formatter.methodCalls.append(c.arg(0), c.sliceBytes(1));
            return 0;
        });
        register("fmt.parseInt", Natives::parseInt);

        // ---- memory
        register("mem.zeroes", c -> {
            Type t = c.function().returnType;
            if (Layout.isScalar(t)) return 0;
            long size = Layout.sizeOf(t);
            if (size > 0) c.memory().fill(c.resultAddr, size, (byte) 0, ByteState.DEFINED);
            return 0;
        });

        // ---- process
        register("process.exit", c -> {
            throw new ProgramExit((int) (c.arg(0) & 0xFF));
        });
        register("posix.getrandom", c -> {
            long ptr = c.slicePtr(0);
            long len = c.sliceLen(0);
            c.memory().probe(ptr, Long.compareUnsigned(len, 1L << 46) < 0 ? len : 1L << 46, true);
            for (long done = 0; Long.compareUnsigned(done, len) < 0; ) {
                byte[] bytes = new byte[chunk(len - done)];
                for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) c.machine().randomByte();
                c.memory().writeBytes(ptr + done, bytes);
                done += bytes.length;
            }
            return 0;
        });

        // ---- testing
        register("testing.expectEqualNative", Natives::expectEqual);
    }

    // ------------------------------------------------------------------ helpers

    /** The next piece of {@code left} bytes (a usize) a native handles at once: at most 64 KiB. */
    private static int chunk(long left) {
        return Long.compareUnsigned(left, 1 << 16) < 0 ? (int) left : 1 << 16;
    }

    private static DebugAllocator debug(NativeCall c) {
        StructType self = (StructType) ((Value.TypeV) c.comptime(0)).type();
        return c.machine().debugAllocator(self, c.comptime(1), c.arg(2));
    }

    /** Formats the args of a formatting native whose {@code fmt} is declared parameter {@code fmtIndex}. */
    private static byte[] format(NativeCall c, int fmtIndex) {
        Ir.Function f = c.function();
        int argsIndex = fmtIndex + 1;
        Type argsType = f.allParamTypes.get(argsIndex);
        long addr = f.paramIsComptime.get(argsIndex) ? 0 : c.arg(argsIndex);
        return c.machine().formatter.format(f.formatSpec, argsType, addr, f.formatMethods);
    }

    /** Formats straight to a file descriptor (unbuffered, as Zig's stderr and File writers are). */
    private static void formatTo(NativeCall c, int fmtIndex, int fd) {
        Ir.Function f = c.function();
        int argsIndex = fmtIndex + 1;
        long addr = f.paramIsComptime.get(argsIndex) ? 0 : c.arg(argsIndex);
        c.machine().formatter.formatTo(f.formatSpec, f.allParamTypes.get(argsIndex), addr, f.formatMethods, bytes -> c.machine().write(fd, bytes));
    }

    private static long bufPrint(NativeCall c) {
        byte[] text = format(c, 1);
        long ptr = c.slicePtr(0);
        long len = c.sliceLen(0);
        Type.ErrorUnion eu = (Type.ErrorUnion) c.function().returnType;
        long[] lay = Layout.errorUnionLayout(eu);
        var mem = c.memory();
        if (text.length > len) {
            if (len > 0) mem.writeBytes(ptr, text, 0, (int) len, ByteState.DEFINED);
            mem.store(c.resultAddr + lay[1], 2, c.machine().image.errorCode("NoSpaceLeft"));
            return 0;
        }
        if (text.length > 0) mem.writeBytes(ptr, text, 0, text.length, ByteState.DEFINED);
        mem.store(c.resultAddr + lay[0], 8, ptr);
        mem.store(c.resultAddr + lay[0] + 8, 8, text.length);
        mem.store(c.resultAddr + lay[1], 2, 0);
        return 0;
    }

    private static long parseInt(NativeCall c) {
        Type.Int t = (Type.Int) ((Value.TypeV) c.comptime(0)).type();
        String text = new String(c.sliceBytes(1), StandardCharsets.UTF_8).replace("_", "");
        int base = (int) c.arg(2);
        Type.ErrorUnion eu = (Type.ErrorUnion) c.function().returnType;
        long[] lay = Layout.errorUnionLayout(eu);
        String error = null;
        BigInteger v = null;
        try {
            String digits = text;
            if (base == 0) {
                base = 10;
                String body = digits.startsWith("-") || digits.startsWith("+") ? digits.substring(1) : digits;
                if (body.startsWith("0x")) base = 16;
                else if (body.startsWith("0o")) base = 8;
                else if (body.startsWith("0b")) base = 2;
                if (base != 10) digits = digits.replaceFirst("0[xob]", "");
            }
            if (digits.isEmpty() || digits.equals("-") || digits.equals("+")) throw new NumberFormatException();
            v = new BigInteger(digits, base);
            if (!t.fits(v)) error = "Overflow";
        } catch (NumberFormatException e) {
            error = "InvalidCharacter";
        }
        var mem = c.memory();
        if (error != null) {
            mem.store(c.resultAddr + lay[1], 2, c.machine().image.errorCode(error));
        } else {
            mem.store(c.resultAddr + lay[0], (int) Layout.sizeOf(t), v.longValue());
            mem.store(c.resultAddr + lay[1], 2, 0);
        }
        return 0;
    }

    /** std.testing.expectEqual, with Zig's messages for each kind of type. */
    private static long expectEqual(NativeCall c) {
        Ir.Function f = c.function();
        Type te = f.allParamTypes.get(0);
        Type ta = f.allParamTypes.get(1);
        Machine m = c.machine();
        return withValues(c, (ea, aa) -> {
            String msg = new ExpectEqual(m).compare(te, ea, c.comptime(0), ta, aa, c.comptime(1));
            if (msg == null) return 0;
            m.stderr(msg);
            return m.image.errorCode("TestExpectedEqual");
        });
    }

    /** Runs {@code f} with the addresses of the values of the first (and second, if any) argument. */
    private static long withValues(NativeCall c, java.util.function.LongBinaryOperator f) {
        long saved = c.vm.pushScratch(32);
        try {
            long scratch = c.vm.scratchAddress();
            long a = valueAddress(c, 0, scratch);
            long b = c.function().allParamTypes.size() > 1 ? valueAddress(c, 1, scratch + 16) : 0;
            return f.applyAsLong(a, b);
        } finally {
            c.vm.popScratch(saved);
        }
    }

    /** The address of an argument's value: aggregates are passed by address, scalars are spilled to scratch memory. */
    private static long valueAddress(NativeCall c, int i, long scratch) {
        if (c.function().paramIsComptime.get(i)) return 0;
        Type t = c.type(i);
        if (!Layout.isScalar(t)) return c.arg(i);
        c.vm.store(scratch, t instanceof Type.Float f && f.bits() <= 32 ? -f.bits() / 8 : (int) Math.max(1, Math.min(8, Layout.sizeOf(t))), c.arg(i));
        return scratch;
    }

    // ------------------------------------------------------------------ debug allocator configuration

    static DebugAllocator.Config debugConfig(Value config) {
        Value.AggregateV a = (Value.AggregateV) config;
        StructType st = (StructType) a.type();
        return new DebugAllocator.Config(
                (int) num(a, st, "stack_trace_frames"),
                bool(a, st, "enable_memory_limit"),
                bool(a, st, "safety"),
                bool(a, st, "never_unmap"),
                bool(a, st, "retain_metadata"),
                bool(a, st, "verbose_log"),
                bool(a, st, "resize_stack_traces"),
                num(a, st, "canary"),
                num(a, st, "page_size"));
    }

    private static long num(Value.AggregateV a, StructType st, String field) {
        return ((Value.IntV) a.elements().get(st.fieldIndex(field))).value().longValue();
    }

    private static boolean bool(Value.AggregateV a, StructType st, String field) {
        return ((Value.BoolV) a.elements().get(st.fieldIndex(field))).value();
    }

    static DebugAllocator.Layout debugLayout(StructType self) {
        int large = self.fieldIndex("large_allocations");
        StructType table = (StructType) self.fields().get(large).type();
        long base = self.offsetOf(large);
        int total = self.fieldIndex("total_requested_bytes");
        int limit = self.fieldIndex("requested_memory_limit");
        return new DebugAllocator.Layout(
                self.offsetOf(self.fieldIndex("backing_allocator")),
                self.offsetOf(self.fieldIndex("buckets")),
                base + table.offsetOf(table.fieldIndex("entries")),
                base + table.offsetOf(table.fieldIndex("len")),
                base + table.offsetOf(table.fieldIndex("capacity")),
                Layout.sizeOf(self.fields().get(total).type()) > 0 ? self.offsetOf(total) : -1,
                Layout.sizeOf(self.fields().get(limit).type()) > 0 ? self.offsetOf(limit) : -1);
    }

    @SuppressWarnings("unused")
    private static final Class<?>[] USED = {EnumType.class, ErrorSetType.class, List.class};
}
