package org.heaplab.memory;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

/**
 * The simulated machine's memory: a 64-bit address space laid out like a Linux process's,
 * made of 4 KiB pages. A mapping reserves addresses; a page gets its bytes (a
 * {@link MemorySegment}) the first time it is touched, so a 16 MiB stack or a large mapping
 * costs nothing until used. Every byte has a {@link ByteState} in a shadow beside it (kept as
 * one value per page while the whole page agrees).
 *
 * <p>Layout: functions at 0x1000000 and code at 0x1100000 (addresses only, never mapped),
 * read-only data at 0x2000000, globals at 0x3000000, heap mappings from
 * 0x7f3ac0000000 upwards, placed as Linux places Zig's hinted mmaps (see {@link MmapPlacement}:
 * each after the last, until the climb reaches the stack and freed ranges are used again), and
 * the stack below 0x7ffc9a400000, growing down.
 *
 * <p>Faults are those of a real machine: touching an unmapped page is a segmentation fault,
 * writing read-only data too, and a non-canonical address is a general protection fault.
 * A budget of touched memory stops a run that would exhaust the host.
 */
public final class AddressSpace {
    public static final int PAGE_SHIFT = 12;
    public static final int PAGE_SIZE = 1 << PAGE_SHIFT;
    public static final long PAGE_MASK = PAGE_SIZE - 1;

    /** Function entry addresses (what a function pointer holds): never mapped. */
    public static final long FUNCTION_BASE = 0x0100_0000L;
    /** Code addresses (return addresses in stack traces): never mapped. */
    public static final long CODE_BASE = 0x0110_0000L;
    public static final long RODATA_BASE = 0x0200_0000L;
    public static final long GLOBALS_BASE = 0x0300_0000L;
    public static final long HEAP_BASE = 0x7f3a_c000_0000L;
    public static final long STACK_TOP = 0x7ffc_9a40_0000L;

    private static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    public enum Region { RODATA, GLOBALS, STACK, HEAP }

    /** A range of addresses made valid by one map call. */
    public static final class Mapping {
        public final long start;
        long length;
        public final Region region;
        public final String label;
        public final int id;
        final List<Page> touched = new ArrayList<>(4);
        /**
         * States given to ranges of pages not touched yet ({start, end, state} in address
         * order of setting; later ones win), applied when a page is first touched. An
         * allocator marking a large metadata area need not touch it, as Zig's does not.
         */
        final List<long[]> untouchedStates = new ArrayList<>(0);
        boolean readOnly;

        Mapping(long start, long length, Region region, String label, int id) {
            this.start = start;
            this.length = length;
            this.region = region;
            this.label = label;
            this.id = id;
        }

        public long length() { return length; }

        public long end() { return start + length; }

        public boolean contains(long addr) { return addr >= start && addr - start < length; }
    }

    /** Observes reads of freed bytes (Zig reads 0xAA there; the lab flags them). */
    public interface Observer {
        void freedMemoryRead(long address, int size);
    }

    /**
     * Told of the bytes each bulk operation (fill, copy, read or write of many bytes, probe)
     * touches, a page at a time, so the machine can count them as work against its limits and
     * stop a {@code @memset} of gigabytes midway when time runs out.
     */
    public interface WorkMeter {
        void work(long bytes);
    }

    private WorkMeter meter = bytes -> {};

    private WriteObserver writes;

    public void setWriteObserver(WriteObserver w) { this.writes = w; }

    public void setWorkMeter(WorkMeter m) { this.meter = m; }

    private final LongMap<Page> pages = new LongMap<>();
    /** Pages of unmapped mappings, kept to be handed out again (zeroed) instead of allocating. */
    private final java.util.ArrayDeque<Page> spare = new java.util.ArrayDeque<>();
    private static final int MAX_SPARE_PAGES = 4096;
    private final TreeMap<Long, Mapping> mappings = new TreeMap<>();
    /** Recently used pages by the low bits of their number: most accesses need no page-table lookup. */
    private final Page[] recent = new Page[RECENT];
    private static final int RECENT = 256;
    private long nextHeap = HEAP_BASE;
    private long nextRodata = RODATA_BASE;
    private long nextGlobals = GLOBALS_BASE;
    private int nextMappingId = 1;
    private long mappedBytes;
    private long touchedBytes;
    private final long memoryLimit;
    private Observer observer;

    /** @param memoryLimit how many bytes the program may really use (touched pages) before the run is stopped */
    public AddressSpace(long memoryLimit) {
        this.memoryLimit = memoryLimit;
    }

    public void setObserver(Observer o) { this.observer = o; }

    public long memoryLimit() { return memoryLimit; }

    public long mappedBytes() { return mappedBytes; }

    public long touchedBytes() { return touchedBytes; }

    // ------------------------------------------------------------------ mappings

    /**
     * Maps {@code length} bytes (rounded up to pages) aligned to {@code alignment}, or returns 0
     * when the machine cannot hold that much, as mmap fails with ENOMEM.
     */
    public long map(Region region, long length, long alignment, String label) {
        if (length <= 0) throw new IllegalArgumentException("length " + length);
        long len = (length + PAGE_MASK) & ~PAGE_MASK;
        if (len < 0 || len > memoryLimit || mappedBytes + len > 4 * memoryLimit) return 0;
        long align = Math.max(PAGE_SIZE, alignment);
        long start = switch (region) {
            case HEAP -> MmapPlacement.place(mappings, nextHeap, len, align);
            case RODATA -> nextRodata = alignUp(nextRodata, align);
            case GLOBALS -> nextGlobals = alignUp(nextGlobals, align);
            case STACK -> alignDown(STACK_TOP - len, align);
        };
        if (start == 0) return 0; // no room left in the address space: mmap's ENOMEM
        switch (region) {
            case HEAP -> nextHeap = start + len;
            case RODATA -> nextRodata = start + len;
            case GLOBALS -> nextGlobals = start + len;
            default -> { }
        }
        var m = new Mapping(start, len, region, label, nextMappingId++);
        mappings.put(start, m);
        mappedBytes += len;
        return start;
    }

    /** Unmaps the pages covering {@code [addr, addr+length)}; later touches fault. */
    public void unmap(long addr, long length) {
        long len = (length + PAGE_MASK) & ~PAGE_MASK;
        Mapping m = mappingAt(addr);
        if (m == null) return;
        if (m.start == addr && m.length <= len) {
            removeMapping(m);
            return;
        }
        // partial unmap: split the mapping, dropping the middle; the rest keeps its bytes
        long tailStart = addr + len;
        Mapping head = addr > m.start ? remap(m, m.start, addr - m.start) : null;
        Mapping tail = tailStart < m.end() ? remap(m, tailStart, m.end() - tailStart) : null;
        mappings.remove(m.start);
        if (head != null) mappings.put(head.start, head);
        if (tail != null) mappings.put(tail.start, tail);
        mappedBytes -= m.length;
        for (Page p : m.touched) {
            long at = p.base();
            if (head != null && head.contains(at)) adopt(head, p);
            else if (tail != null && tail.contains(at)) adopt(tail, p);
            else dropPage(p);
        }
        m.touched.clear();
    }

    private Mapping remap(Mapping old, long start, long len) {
        var m = new Mapping(start, len, old.region, old.label, nextMappingId++);
        m.readOnly = old.readOnly;
        for (long[] r : old.untouchedStates) {
            long from = Math.max(r[0], start), to = Math.min(r[1], start + len);
            if (from < to) m.untouchedStates.add(new long[] {from, to, r[2]});
        }
        mappedBytes += len;
        return m;
    }

    private static void adopt(Mapping m, Page p) {
        p.mapping = m;
        m.touched.add(p);
    }

    private void removeMapping(Mapping m) {
        mappings.remove(m.start);
        mappedBytes -= m.length;
        for (Page p : m.touched) dropPage(p);
        m.touched.clear();
    }

    private void dropPage(Page p) {
        int slot = (int) (p.number & (RECENT - 1));
        if (recent[slot] == p) recent[slot] = null;
        pages.remove(p.number);
        touchedBytes -= PAGE_SIZE;
        p.mapping = null;
        if (spare.size() < MAX_SPARE_PAGES) spare.push(p);
    }

    /** Extends a heap mapping in place if the addresses after it are free (they are only for the newest). */
    public boolean growInPlace(long start, long newLength) {
        Mapping m = mappings.get(start);
        if (m == null) return false;
        long len = (newLength + PAGE_MASK) & ~PAGE_MASK;
        if (len <= m.length) return true;
        if (m.end() != nextHeap || m.region != Region.HEAP) return false;
        if (!MmapPlacement.isFree(mappings, m.end(), len - m.length)) return false;
        if (len > memoryLimit || mappedBytes + (len - m.length) > 4 * memoryLimit) return false;
        mappedBytes += len - m.length;
        m.length = len;
        nextHeap = m.start + len;
        return true;
    }

    public void setReadOnly(long start, boolean readOnly) {
        Mapping m = mappings.get(start);
        if (m != null) m.readOnly = readOnly;
    }

    public Mapping mappingAt(long addr) {
        var e = mappings.floorEntry(addr);
        if (e == null) return null;
        Mapping m = e.getValue();
        return m.contains(addr) ? m : null;
    }

    public boolean isMapped(long addr) { return mappingAt(addr) != null; }

    /** All live mappings in address order (for the heap map). */
    public List<Mapping> mappings() { return Collections.unmodifiableList(new ArrayList<>(mappings.values())); }

    private static long alignUp(long v, long a) { return (v + a - 1) & -a; }

    private static long alignDown(long v, long a) { return v & -a; }

    // ------------------------------------------------------------------ pages

    private Page page(long addr, boolean write) {
        long n = addr >>> PAGE_SHIFT;
        int slot = (int) (n & (RECENT - 1));
        Page p = recent[slot];
        if (p == null || p.number != n) {
            p = pages.get(n);
            if (p == null) p = touch(addr, write);
            recent[slot] = p;
        }
        if (write && (p.shared || p.mapping.readOnly)) {
            if (p.mapping.readOnly) throw new MemoryFault(MemoryFault.Kind.READ_ONLY, addr, true);
            copiedBytes += p.unshare();
        }
        return p;
    }

    private Page touch(long addr, boolean write) {
        long top = addr >>> 47;
        if (top != 0 && top != 0x1FFFF) throw new MemoryFault(MemoryFault.Kind.GENERAL_PROTECTION, addr, write);
        Mapping m = mappingAt(addr);
        if (m == null) throw new MemoryFault(MemoryFault.Kind.SEGFAULT, addr, write);
        if (touchedBytes + PAGE_SIZE > memoryLimit) throw new MemoryLimitExceeded(memoryLimit);
        long number = addr >>> PAGE_SHIFT;
        Page p = spare.poll();
        if (p == null) {
            try {
                p = new Page(number, m);
            } catch (OutOfMemoryError e) {
                // the host ran out before the machine's own limit: end the run, as the limit would
                throw new MemoryLimitExceeded(touchedBytes);
            }
        } else {
            p.reuse(number, m);
        }
        pages.put(p.number, p);
        m.touched.add(p);
        touchedBytes += PAGE_SIZE;
        long base = p.base();
        for (long[] r : m.untouchedStates) {
            long from = Math.max(r[0], base), to = Math.min(r[1], base + PAGE_SIZE);
            if (from < to) p.setStates((int) (from - base), (int) (to - from), (byte) r[2]);
        }
        return p;
    }

    /** Thrown when the program touches more memory than the machine is allowed. */
    public static final class MemoryLimitExceeded extends RuntimeException {
        public final long limit;

        public MemoryLimitExceeded(long limit) {
            super("the program used more than " + limit + " bytes of memory", null, false, false);
            this.limit = limit;
        }
    }

    // ------------------------------------------------------------------ loads and stores

    /** Loads a little-endian value of 1, 2, 4 or 8 bytes, zero-extended. */
    public long load(long addr, int size) {
        int off = (int) (addr & PAGE_MASK);
        if (off + size > PAGE_SIZE) return loadSlow(addr, size);
        Page p = page(addr, false);
        if (p.uniform == FREED && (p.shadow == null) || p.shadow != null && p.shadow[off] == FREED) freedRead(addr, size);
        long v = switch (size) {
            case 1 -> p.bytes[off] & 0xFFL;
            case 2 -> p.data.get(SHORT, off) & 0xFFFFL;
            case 4 -> p.data.get(INT, off) & 0xFFFF_FFFFL;
            default -> p.data.get(LONG, off);
        };
        if (writes != null) writes.loaded(addr, size, v);
        return v;
    }

    private static final byte FREED = ByteState.FREED.code();
    private static final byte DEFINED = ByteState.DEFINED.code();

    private void freedRead(long addr, int size) {
        if (observer != null) observer.freedMemoryRead(addr, size);
    }

    private long loadSlow(long addr, int size) {
        WriteObserver w = writes;
        writes = null;
        long v = 0;
        try {
            for (int i = 0; i < size; i++) v |= (load(addr + i, 1) & 0xFF) << (8 * i);
        } finally {
            writes = w;
        }
        if (w != null) w.loaded(addr, size, v);
        return v;
    }

    /** Stores the low {@code size} bytes of {@code value}, little-endian, and marks them written. */
    public void store(long addr, int size, long value) {
        store(addr, size, value, ByteState.DEFINED);
    }

    /** Stores like {@link #store} and gives the bytes {@code state} (allocators writing their metadata). */
    public void store(long addr, int size, long value, ByteState state) {
        int off = (int) (addr & PAGE_MASK);
        if (off + size > PAGE_SIZE) {
            WriteObserver w = writes;
            writes = null;
            try {
                for (int i = 0; i < size; i++) store(addr + i, 1, value >>> (8 * i), state);
            } finally {
                writes = w;
            }
            if (w != null) w.written(addr, size, state, WriteObserver.STORE, value, -1);
            return;
        }
        Page p = page(addr, true);
        switch (size) {
            case 1 -> p.bytes[off] = (byte) value;
            case 2 -> p.data.set(SHORT, off, (short) value);
            case 4 -> p.data.set(INT, off, (int) value);
            default -> p.data.set(LONG, off, value);
        }
        byte code = state.code();
        if (p.shadow != null || p.uniform != code) p.setStates(off, size, code);
        if (writes != null) writes.written(addr, size, state, WriteObserver.STORE, value, -1);
    }

    public byte[] readBytes(long addr, int len) {
        byte[] out = new byte[len];
        int done = 0;
        while (done < len) {
            long a = addr + done;
            int off = (int) (a & PAGE_MASK);
            int n = Math.min(len - done, PAGE_SIZE - off);
            Page p = page(a, false);
            System.arraycopy(p.bytes, off, out, done, n);
            done += n;
            meter.work(n);
        }
        return out;
    }

    public void writeBytes(long addr, byte[] src) {
        writeBytes(addr, src, 0, src.length, ByteState.DEFINED);
    }

    public void writeBytes(long addr, byte[] src, int from, int len, ByteState state) {
        writeBytesQuietly(addr, src, from, len, state);
        if (writes != null && len > 0) writes.written(addr, len, state, WriteObserver.BYTES, 0, -1);
    }

    private void writeBytesQuietly(long addr, byte[] src, int from, int len, ByteState state) {
        int done = 0;
        while (done < len) {
            long a = addr + done;
            int off = (int) (a & PAGE_MASK);
            int n = Math.min(len - done, PAGE_SIZE - off);
            Page p = page(a, true);
            System.arraycopy(src, from + done, p.bytes, off, n);
            p.setStates(off, n, state.code());
            done += n;
            meter.work(n);
        }
    }

    /** Fills bytes with one value and state (0xAA with UNDEFINED is Zig's {@code @memset(x, undefined)}). */
    public void fill(long addr, long len, byte value, ByteState state) {
        long done = 0;
        while (done < len) {
            long a = addr + done;
            int off = (int) (a & PAGE_MASK);
            int n = (int) Math.min(len - done, PAGE_SIZE - off);
            Page p = page(a, true);
            java.util.Arrays.fill(p.bytes, off, off + n, value);
            p.setStates(off, n, state.code());
            done += n;
            meter.work(n);
        }
        if (writes != null && len > 0) writes.written(addr, len, state, WriteObserver.FILL, value & 0xFF, -1);
    }

    /** Copies bytes (memmove semantics); the copied bytes count as written. */
    public void copy(long dst, long src, long len) {
        if (len <= 0) return;
        copyQuietly(dst, src, len);
        if (writes != null) writes.written(dst, len, ByteState.DEFINED, WriteObserver.COPY, 0, src);
    }

    private void copyQuietly(long dst, long src, long len) {
        int srcOff = (int) (src & PAGE_MASK);
        int dstOff = (int) (dst & PAGE_MASK);
        if (srcOff + len <= PAGE_SIZE && dstOff + len <= PAGE_SIZE) {
            // within one page each (arguments, small structs): no intermediate buffer
            Page from = page(src, false);
            if (from.uniform == FREED && from.shadow == null || from.shadow != null && from.shadow[srcOff] == FREED) {
                freedRead(src, (int) len);
            }
            Page to = page(dst, true);
            System.arraycopy(from.bytes, srcOff, to.bytes, dstOff, (int) len);
            if (to.shadow != null || to.uniform != DEFINED) to.setStates(dstOff, (int) len, DEFINED);
            return;
        }
        if (len <= 4096) {
            byte[] tmp = readBytes(src, (int) len);
            writeBytesQuietly(dst, tmp, 0, tmp.length, ByteState.DEFINED);
            return;
        }
        if (dst > src && dst < src + len) {
            for (long done = len; done > 0; ) {
                int n = (int) Math.min(done, 4096);
                done -= n;
                { byte[] t = readBytes(src + done, n); writeBytesQuietly(dst + done, t, 0, n, ByteState.DEFINED); }
            }
        } else {
            for (long done = 0; done < len; ) {
                int n = (int) Math.min(len - done, 4096);
                { byte[] t = readBytes(src + done, n); writeBytesQuietly(dst + done, t, 0, n, ByteState.DEFINED); }
                done += n;
            }
        }
    }

    /** Checks that every page of a range is mapped (a write of that range would not fault). */
    public void probe(long addr, long len, boolean write) {
        if (len <= 0) return;
        for (long a = addr & ~PAGE_MASK; a < addr + len; a += PAGE_SIZE) {
            page(Math.max(a, addr), write);
            meter.work(PAGE_SIZE);
        }
    }

    // ------------------------------------------------------------------ looking without touching

    /**
     * The bytes of a range as an observer sees them: no page is touched, no state changes, no
     * freed-memory read is reported (the panes read memory while the program is paused). Pages
     * never touched read as zeros. Null when part of the range is not mapped.
     */
    public byte[] peek(long addr, int len) {
        if (len < 0) return null;
        byte[] out = new byte[len];
        int done = 0;
        while (done < len) {
            long a = addr + done;
            int off = (int) (a & PAGE_MASK);
            int n = Math.min(len - done, PAGE_SIZE - off);
            Page p = pages.get(a >>> PAGE_SHIFT);
            if (p != null) System.arraycopy(p.bytes, off, out, done, n);
            else if (mappingAt(a) == null) return null;
            done += n;
        }
        return out;
    }

    /** A peeked little-endian value of 1..8 bytes, or {@code fallback} when unmapped. */
    public long peekValue(long addr, int size, long fallback) {
        byte[] b = peek(addr, size);
        if (b == null) return fallback;
        long v = 0;
        for (int i = 0; i < size; i++) v |= (b[i] & 0xFFL) << (8 * i);
        return v;
    }

    /**
     * The byte states of {@code [start, end)} as runs {start, end, state code}, adjacent runs of
     * one state merged. Untouched pages are not touched: their states come from the ranges the
     * allocators gave them. Unmapped addresses make runs of {@link ByteState#UNMAPPED}.
     */
    public List<long[]> stateRuns(long start, long end) {
        List<long[]> runs = new ArrayList<>();
        long a = start;
        while (a < end) {
            long pageEnd = Math.min(end, (a | PAGE_MASK) + 1);
            Page p = pages.get(a >>> PAGE_SHIFT);
            if (p != null) {
                int off = (int) (a & PAGE_MASK);
                int stop = (int) (pageEnd - (a & ~PAGE_MASK));
                if (p.shadow == null) {
                    addRun(runs, a, pageEnd, p.uniform);
                } else {
                    int i = off;
                    while (i < stop) {
                        byte st = p.shadow[i];
                        int j = i + 1;
                        while (j < stop && p.shadow[j] == st) j++;
                        addRun(runs, p.base() + i, p.base() + j, st);
                        i = j;
                    }
                }
                a = pageEnd;
                continue;
            }
            Mapping m = mappingAt(a);
            if (m == null) {
                // skip to the next mapping (or the end) in one run
                Long next = mappings.ceilingKey(a);
                long stop = next == null ? end : Math.min(end, next);
                addRun(runs, a, Math.max(stop, a + 1), ByteState.UNMAPPED.code());
                a = Math.max(stop, a + 1);
                continue;
            }
            // untouched pages of one mapping: boundaries come from the recorded state ranges
            long stop = Math.min(end, m.end());
            if (m.untouchedStates.isEmpty()) {
                long b = a;
                while (b < stop) {
                    long pe = Math.min(stop, (b | PAGE_MASK) + 1);
                    Page q = pages.get(b >>> PAGE_SHIFT);
                    if (q != null) break;
                    b = pe;
                }
                addRun(runs, a, b, ByteState.UNUSED.code());
                a = b;
                continue;
            }
            java.util.TreeSet<Long> cuts = new java.util.TreeSet<>();
            cuts.add(pageEnd);
            for (long[] r : m.untouchedStates) {
                if (r[0] > a && r[0] < pageEnd) cuts.add(r[0]);
                if (r[1] > a && r[1] < pageEnd) cuts.add(r[1]);
            }
            long from = a;
            for (long cut : cuts) {
                addRun(runs, from, cut, state(from).code());
                from = cut;
            }
            a = pageEnd;
        }
        return runs;
    }

    private static void addRun(List<long[]> runs, long from, long to, byte state) {
        if (to <= from) return;
        if (!runs.isEmpty()) {
            long[] last = runs.get(runs.size() - 1);
            if (last[1] == from && last[2] == state) {
                last[1] = to;
                return;
            }
        }
        runs.add(new long[] {from, to, state});
    }

    // ------------------------------------------------------------------ states

    public ByteState state(long addr) {
        long top = addr >>> 47;
        if (top != 0 && top != 0x1FFFF) return ByteState.UNMAPPED;
        Page p = pages.get(addr >>> PAGE_SHIFT);
        if (p != null) return ByteState.of(p.stateAt((int) (addr & PAGE_MASK)));
        Mapping m = mappingAt(addr);
        if (m == null) return ByteState.UNMAPPED;
        byte state = ByteState.UNUSED.code();
        for (long[] r : m.untouchedStates) if (r[0] <= addr && addr < r[1]) state = (byte) r[2];
        return ByteState.of(state);
    }

    /** Sets the state of a range (allocators mark metadata, slots and freed blocks). Untouched pages stay untouched for UNUSED. */
    public void setState(long addr, long len, ByteState state) {
        setStateQuietly(addr, len, state);
        if (writes != null && len > 0) writes.written(addr, len, state, WriteObserver.STATE, 0, -1);
    }

    private void setStateQuietly(long addr, long len, ByteState state) {
        long done = 0;
        while (done < len) {
            long a = addr + done;
            int off = (int) (a & PAGE_MASK);
            int n = (int) Math.min(len - done, PAGE_SIZE - off);
            Page p = pages.get(a >>> PAGE_SHIFT);
            if (p != null) {
                p.setStates(off, n, state.code());
            } else {
                // an untouched page keeps its bytes unallocated: remember the state for the
                // rest of the range's untouched pages at once
                Mapping m = mappingAt(a);
                if (m == null) throw new MemoryFault(MemoryFault.Kind.SEGFAULT, a, true);
                long end = Math.min(addr + len, m.end());
                if (m.untouchedStates.size() >= MAX_UNTOUCHED_STATES) {
                    page(a, false).setStates(off, n, state.code());
                } else {
                    m.untouchedStates.add(new long[] {a, end, state.code()});
                    // pages of the range that are touched get the state directly
                    long rangePages = ((end + PAGE_MASK) >>> PAGE_SHIFT) - (a >>> PAGE_SHIFT);
                    if (m.touched.size() <= rangePages) {
                        for (Page t : m.touched) setStatesWithin(t, a, end, state);
                    } else {
                        for (long q = a & ~PAGE_MASK; q < end; q += PAGE_SIZE) {
                            Page t = pages.get(q >>> PAGE_SHIFT);
                            if (t != null) setStatesWithin(t, a, end, state);
                        }
                    }
                    done = end - addr;
                    continue;
                }
            }
            done += n;
        }
    }

    private static final int MAX_UNTOUCHED_STATES = 64;

    private static void setStatesWithin(Page t, long start, long end, ByteState state) {
        long from = Math.max(t.base(), start), to = Math.min(t.base() + PAGE_SIZE, end);
        if (from < to) t.setStates((int) (from - t.base()), (int) (to - from), state.code());
    }

    /** How many pages have been touched (and not unmapped). */
    public long pageCount() { return pages.size(); }

    // ------------------------------------------------------------------ checkpoints

    private long copiedBytes;

    /** Bytes copied because a page a checkpoint shares was written (what checkpoints cost in pages). */
    public long copiedBytes() { return copiedBytes; }

    /**
     * The whole memory at one moment: the mappings and every touched page. The pages' arrays are
     * shared with the live memory, which copies a page before changing it, so taking a state
     * costs a few words a page and the bytes of the pages written afterwards.
     */
    public static final class State {
        private final Mapping[] mappings;
        private final long[] numbers;
        private final int[] mappingIndex;
        private final byte[][] bytes;
        private final byte[][] shadows;
        private final byte[] uniforms;
        private final long nextHeap, nextRodata, nextGlobals, mappedBytes, touchedBytes;
        private final int nextMappingId;

        private State(AddressSpace a) {
            mappings = new Mapping[a.mappings.size()];
            java.util.IdentityHashMap<Mapping, Integer> index = new java.util.IdentityHashMap<>();
            int mi = 0;
            for (Mapping m : a.mappings.values()) {
                index.put(m, mi);
                mappings[mi++] = copyOf(m);
            }
            int n = a.pages.size();
            numbers = new long[n];
            mappingIndex = new int[n];
            bytes = new byte[n][];
            shadows = new byte[n][];
            uniforms = new byte[n];
            int i = 0;
            for (Mapping m : a.mappings.values()) {
                for (Page p : m.touched) {
                    p.shared = true;
                    numbers[i] = p.number;
                    mappingIndex[i] = index.get(m);
                    bytes[i] = p.bytes;
                    shadows[i] = p.shadow;
                    uniforms[i] = p.uniform;
                    i++;
                }
            }
            nextHeap = a.nextHeap;
            nextRodata = a.nextRodata;
            nextGlobals = a.nextGlobals;
            mappedBytes = a.mappedBytes;
            touchedBytes = a.touchedBytes;
            nextMappingId = a.nextMappingId;
        }

        /** The bytes this state holds beyond the pages it shares: its page table and mappings. */
        public long overheadBytes() {
            return 64L + numbers.length * 40L + mappings.length * 96L;
        }
    }

    private static Mapping copyOf(Mapping m) {
        var c = new Mapping(m.start, m.length, m.region, m.label, m.id);
        c.readOnly = m.readOnly;
        for (long[] r : m.untouchedStates) c.untouchedStates.add(r.clone());
        return c;
    }

    /** Takes the state of the whole memory (see {@link State}). */
    public State save() { return new State(this); }

    /** Puts the memory back as it was when {@code s} was taken; {@code s} stays usable. */
    public void restore(State s) {
        pages.clear();
        mappings.clear();
        spare.clear();
        java.util.Arrays.fill(recent, null);
        Mapping[] ms = new Mapping[s.mappings.length];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = copyOf(s.mappings[i]);
            mappings.put(ms[i].start, ms[i]);
        }
        for (int i = 0; i < s.numbers.length; i++) {
            Mapping m = ms[s.mappingIndex[i]];
            Page p = new Page(s.numbers[i], m, s.bytes[i], s.shadows[i], s.uniforms[i]);
            pages.put(p.number, p);
            m.touched.add(p);
        }
        nextHeap = s.nextHeap;
        nextRodata = s.nextRodata;
        nextGlobals = s.nextGlobals;
        mappedBytes = s.mappedBytes;
        touchedBytes = s.touchedBytes;
        nextMappingId = s.nextMappingId;
    }
}
