package org.heaplab.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.heaplab.alloc.AllocatorEvent;
import org.heaplab.alloc.AllocatorHost;
import org.heaplab.alloc.BlockHistory;
import org.heaplab.alloc.DebugAllocator;
import org.heaplab.alloc.PageAllocator;
import org.heaplab.alloc.StackTrace;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Value;
import org.heaplab.memory.AddressSpace;
import org.heaplab.source.Span;
import org.heaplab.runtime.code.FnCode;

/**
 * The simulated process a program runs in: its memory, its VM, its output streams, and the
 * services std code needs from the "operating system" (page mappings, stack traces, the log).
 * It is the {@link AllocatorHost} of the allocators implemented in Java.
 */
public final class Machine implements AllocatorHost {
    /** Where the program's stdout (fd 1) and stderr (fd 2) go, in the order written. */
    public interface Output {
        void write(int fd, byte[] bytes);

        /**
         * The program's standard input: up to {@code into.length} bytes, 0 at its end. Runs in the
         * window have none (a run must repeat exactly when travelled back through); {@code heaplab
         * run} passes its own.
         */
        default int read(byte[] into) { return 0; }
    }

    /** How the machine is configured; same settings and program give the same run. */
    public record Settings(long stackSize, long memoryLimit, long maxSteps, long maxMillis, long maxOutput, boolean testMode,
                           long randomSeed) {
        public static final long DEFAULT_STACK = 16L << 20;
        public static final long DEFAULT_MEMORY = 1L << 30;
        public static final long DEFAULT_OUTPUT = 64L << 20;

        public static Settings defaults() {
            return new Settings(DEFAULT_STACK, DEFAULT_MEMORY, 0, 0, DEFAULT_OUTPUT, false, 0x5eed);
        }

        public Settings withTestMode(boolean t) {
            return new Settings(stackSize, memoryLimit, maxSteps, maxMillis, maxOutput, t, randomSeed);
        }
    }

    final Image image;
    final AddressSpace mem;
    final Vm vm;
    final Settings settings;
    final Formatter formatter;
    /** Texts natives have formatted for Zig code to pass to a writer. */
    final PendingTexts texts = new PendingTexts();
    /** Where {@code zig test}'s runner is (Java state a resumed run needs). */
    final Runner.TestProgress tests = new Runner.TestProgress();
    /** Every allocator called through an {@code Allocator} value, and what it holds. */
    final AllocatorChain chain = new AllocatorChain(this);
    private final Output output;
    private long outputBytes;
    int errorsLogged;
    /** The memory errors the allocators reported (double frees, wrong-size frees, leaks, invalid frees), in order. */
    private final List<AllocatorEvent> reports = new ArrayList<>();
    private final BlockHistory blocks = new BlockHistory();
    private final PageAllocator pageAllocator;
    private final Map<String, DebugAllocator> debugAllocators = new HashMap<>();
    /** The debug allocator used last (programs use one, over and over). */
    private StructType lastDebugType;
    private long lastDebugAddress;
    private DebugAllocator lastDebug;
    private SplittableRandom random;
    long randomDraws;

    public Machine(Image image, Settings settings, Output output) {
        this.image = image;
        this.settings = settings;
        this.output = output;
        this.mem = new AddressSpace(settings.memoryLimit());
        image.load(mem);
        this.vm = new Vm(this, image, mem, settings.stackSize());
        this.formatter = new Formatter(image, mem, vm);
        this.pageAllocator = new PageAllocator(this);
        this.random = new SplittableRandom(settings.randomSeed());
    }

    public Vm vm() { return vm; }

    public AddressSpace memory() { return mem; }

    public Image image() { return image; }

    public List<AllocatorEvent> reports() { return reports; }

    /** Every block handed out, with its allocation and free sites. */
    public BlockHistory blocks() { return blocks; }

    public int errorsLogged() { return errorsLogged; }

    /** How the tests of a {@code zig test} run went so far. */
    public Runner.TestTally testTally() { return new Runner.TestTally(tests.ok, tests.failed, tests.outOfMemory, tests.leaks); }

    long outputBytes() { return outputBytes; }

    /** The next byte of the machine's random source ({@code getrandom}); a fixed seed makes runs repeat. */
    int randomByte() {
        randomDraws++;
        return random.nextInt(256);
    }

    // ------------------------------------------------------------------ checkpoints

    /**
     * Takes the machine's state; only at a statement boundary of the program's own code (see
     * {@link Vm#atTopLevel()}), from the step hook.
     */
    public Checkpoint checkpoint() {
        if (!vm.atTopLevel()) throw new IllegalStateException("a checkpoint needs the interpreter at the program's own statement");
        return new Checkpoint(this);
    }

    /**
     * Puts the machine back where {@code c} was taken; {@link Runner#resume} then runs on from
     * there. Output written since is the caller's to drop (the machine only counts it).
     */
    public void restore(Checkpoint c) {
        mem.restore(c.memory);
        vm.restore(c.vm);
        if (c.hits != null && vm.hits() != null) vm.hits().copyFrom(c.hits);
        chain.restore(c.chain);
        blocks.restore(c.blocks);
        c.texts.copyInto(texts);
        outputBytes = c.outputBytes;
        errorsLogged = c.errorsLogged;
        while (reports.size() > c.reports) reports.remove(reports.size() - 1);
        random = new SplittableRandom(settings.randomSeed());
        for (long i = 0; i < c.randomDraws; i++) random.nextInt(256);
        randomDraws = c.randomDraws;
        tests.set(c.tests);
        tests.resuming = true;
    }

    /** Where the program was when it panicked or faulted: the faulting instruction, then its callers. */
    public StackTrace faultTrace() {
        return new StackTrace(vm.faultTrace());
    }

    // ------------------------------------------------------------------ output

    /** Reads the program's standard input (std.io.getStdIn()). */
    int readStdin(byte[] into) {
        return into.length == 0 ? 0 : Math.max(0, output.read(into));
    }

    void write(int fd, byte[] bytes) {
        if (bytes.length == 0) return;
        outputBytes += bytes.length;
        if (outputBytes > settings.maxOutput()) {
            throw new LimitExceeded(LimitExceeded.Limit.OUTPUT, "it printed more than " + settings.maxOutput() + " bytes");
        }
        output.write(fd, bytes);
    }

    void stderr(String s) { write(2, s.getBytes(StandardCharsets.UTF_8)); }

    // ------------------------------------------------------------------ traces

    /** The module name Zig prints in frames: the root file's name, or "test" under {@code zig test}. */
    String moduleName() {
        return settings.testMode() ? "test" : image.program.root().moduleName();
    }

    /** The frame lines of a trace, as Zig prints them; frames in Heap Lab's std are left out as normalization does. */
    String renderTrace(long[] addresses) {
        var sb = new StringBuilder();
        for (long a : addresses) sb.append(renderFrame(a));
        return sb.toString();
    }

    String renderFrame(long address) {
        int[] at = image.codeAt(address);
        if (at == null) return "";
        FnCode f = image.functions.get(at[0]);
        if (f.isLibrary()) return "";
        Span span = f.spanAt(at[1]);
        if (span == null) return "";
        String line = span.file().lineText(span.line()).replace('\t', ' ');
        return span.file().name() + ":" + span.line() + ":" + span.column() + ": 0x" + Long.toHexString(address)
                + " in " + f.name() + " (" + moduleName() + ")\n" + line + "\n" + " ".repeat(Math.max(0, span.column() - 1)) + "^\n";
    }

    /** The source position of a code address (for the lab's explanations), or null. */
    public Span spanOf(long address) {
        int[] at = image.codeAt(address);
        if (at == null) return null;
        return image.functions.get(at[0]).spanAt(at[1]);
    }

    /** The name of the function a code address lies in, or null. */
    public String functionNameAt(long address) {
        int[] at = image.codeAt(address);
        return at == null ? null : image.functions.get(at[0]).name();
    }

    /**
     * At the end of a run whose root allocator was replaced by a debug allocator: its leak
     * check, as the program's own {@code deinit()} would have made it (the program deinits the
     * allocator it made, which was never called).
     */
    void finishSubstitute() {
        AllocatorChain.Instance s = chain.substituteInstance();
        if (s == null || !s.kind.equals("DebugAllocator")) return;
        DebugAllocator d = debugAllocatorAt(s.ptr);
        if (d != null) d.detectLeaks();
    }

    /** Sets what the lab does to the program's allocators (fail a request, replace the root); before the run starts. */
    public void setFaultPlan(FaultPlan p) { chain.plan(p); }

    /** Whether a code address lies in the user's code (not Heap Lab's std). */
    public boolean isUserCode(long address) {
        int[] at = image.codeAt(address);
        return at != null && !image.functions.get(at[0]).isLibrary();
    }

    // ------------------------------------------------------------------ AllocatorHost

    @Override
    public long rawAlloc(long allocatorValue, long len, int alignLog2, long retAddr) {
        return callVtable(allocatorValue, 0, new long[] {len, alignLog2, retAddr}, false);
    }

    @Override
    public boolean rawResize(long allocatorValue, long addr, long len, int alignLog2, long newLen, long retAddr) {
        return callVtable(allocatorValue, 8, new long[] {addr, len, alignLog2, newLen, retAddr}, true) != 0;
    }

    @Override
    public long rawRemap(long allocatorValue, long addr, long len, int alignLog2, long newLen, long retAddr) {
        return callVtable(allocatorValue, 16, new long[] {addr, len, alignLog2, newLen, retAddr}, true);
    }

    @Override
    public void rawFree(long allocatorValue, long addr, long len, int alignLog2, long retAddr) {
        callVtable(allocatorValue, 24, new long[] {addr, len, alignLog2, retAddr}, true);
    }

    /** Calls an entry of the vtable of the {@code Allocator} value at {@code allocatorValue}, telling the chain. */
    private long callVtable(long allocatorValue, int entry, long[] rest, boolean sliceArg) {
        long ptr = mem.load(allocatorValue, 8);
        long vtable = mem.load(allocatorValue + 8, 8);
        int op = entry / 8;
        boolean fail = chain.enter(ptr, vtable, op, op == 0 ? rest[0] : op == 3 ? 0 : rest[3]);
        long r = fail && op != 3 ? 0 : callVtableEntry(ptr, vtable, entry, rest, sliceArg);
        switch (entry) {
            case 0 -> chain.allocated(r, rest[0], (int) rest[1]);
            case 8 -> chain.resized(r != 0, rest[0], rest[3]);
            case 16 -> chain.remapped(r, rest[0], rest[3]);
            default -> chain.freed(rest[0]);
        }
        return r;
    }

    private long callVtableEntry(long ptr, long vtable, int entry, long[] rest, boolean sliceArg) {
        long fnAddr = mem.load(vtable + entry, 8);
        FnCode f = image.functionAt(fnAddr);
        if (f == null) throw new org.heaplab.memory.MemoryFault(org.heaplab.memory.MemoryFault.Kind.SEGFAULT, fnAddr, false);
        long savedSp = 0;
        long[] args;
        if (sliceArg) {
            savedSp = vm.pushScratch(16);
            long slice = vm.scratchAddress();
            mem.store(slice, 8, rest[0]);
            mem.store(slice + 8, 8, rest[1]);
            args = new long[rest.length];
            args[0] = ptr;
            args[1] = slice;
            System.arraycopy(rest, 2, args, 2, rest.length - 2);
        } else {
            args = new long[rest.length + 1];
            args[0] = ptr;
            System.arraycopy(rest, 0, args, 1, rest.length);
        }
        try {
            return vm.call(f, args, 0);
        } finally {
            if (sliceArg) vm.popScratch(savedSp);
        }
    }

    @Override
    public long[] captureStackTrace(long first, int max) {
        return vm.captureStackTrace(first, max);
    }

    @Override
    public void log(String level, String scope, List<Object> parts) {
        if (level.equals("err")) errorsLogged++;
        if (settings.testMode() && !(level.equals("err") || level.equals("warn"))) return;
        var sb = new StringBuilder();
        if (settings.testMode()) {
            sb.append('[').append(scope).append("] (").append(level).append("): ");
        } else {
            String levelText = switch (level) {
                case "err" -> "error";
                case "warn" -> "warning";
                default -> level;
            };
            sb.append(levelText).append('(').append(scope).append("): ");
        }
        for (Object p : parts) {
            if (p instanceof StackTrace t) sb.append('\n').append(renderTrace(t.addresses()));
            else sb.append(p);
        }
        sb.append('\n');
        stderr(sb.toString());
    }

    @Override
    public RuntimeException panic(String message) {
        return new ZigPanic(message);
    }

    @Override
    public void event(AllocatorEvent e) {
        switch (e) {
            case AllocatorEvent.Alloc a -> blocks.allocated(a.allocator(), a.kind(), a.address(), a.length(), a.trace(), vm.steps());
            case AllocatorEvent.Free f -> blocks.freed(f.allocator(), f.address(), f.trace(), vm.steps());
            case AllocatorEvent.Resize r -> blocks.resized(r.allocator(), r.address(), r.newAddress(), r.newLength());
            default -> {
                reports.add(e);
                if (reportListener != null) reportListener.accept(e);
            }
        }
    }

    private java.util.function.Consumer<AllocatorEvent> reportListener;

    /** Called on the interpreter thread for each report (double free, leak...) as it is made; may block. */
    public void setReportListener(java.util.function.Consumer<AllocatorEvent> l) { this.reportListener = l; }

    PageAllocator pageAllocator() { return pageAllocator; }

    /** The allocators the program has used, for the panes and {@code --allocators}. */
    public AllocatorChain allocators() { return chain; }

    /** The debug allocator whose struct lives at {@code address}, if the program has used one there. */
    public DebugAllocator debugAllocatorAt(long address) {
        for (DebugAllocator d : debugAllocators.values()) if (d.address() == address) return d;
        return null;
    }

    /** The debug allocator whose struct (of Zig type {@code self}) lives at {@code address}. */
    DebugAllocator debugAllocator(StructType self, Value config, long address) {
        if (self == lastDebugType && address == lastDebugAddress) return lastDebug;
        String key = System.identityHashCode(self) + "@" + address;
        DebugAllocator d = debugAllocators.computeIfAbsent(key,
                k -> new DebugAllocator(this, Natives.debugConfig(config), Natives.debugLayout(self), address));
        lastDebugType = self;
        lastDebugAddress = address;
        lastDebug = d;
        return d;
    }
}
