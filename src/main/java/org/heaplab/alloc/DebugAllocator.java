package org.heaplab.alloc;

import java.util.ArrayList;
import java.util.List;
import org.heaplab.memory.AddressSpace;
import org.heaplab.memory.ByteState;

/**
 * Zig 0.14's {@code std.heap.DebugAllocator} (alias {@code GeneralPurposeAllocator}), run on
 * simulated memory with its state where Zig keeps it.
 *
 * <h2>Features</h2>
 * Stack traces of every allocation and free; double frees reported with three traces; leaks
 * reported with the allocation's trace; frees of the wrong size reported; memory addresses
 * never reused; a page given back to its backing allocator as soon as none of its slots is in
 * use, so a later touch faults.
 *
 * <h2>Basic design</h2>
 * Allocations up to half a {@code page_size} (default 128 KiB, so up to 32 KiB) are small:
 * they are grouped by size class, {@code max(len, alignment)} rounded up to a power of two.
 * Each size class takes {@code page_size} bytes from the backing allocator and cuts it into
 * slots, leaving room at the very end of the page for the bucket's metadata:
 * <pre>
 *   BucketHeader { prev, next, canary, allocated_count, freed_count }   32 bytes
 *   used bits          [ceil(slots/64)]usize
 *   requested sizes    [slots]u16          (safety)
 *   log2 alignments    [slots]u8           (safety)
 *   stack traces       [slots][2][stack_trace_frames]usize
 * </pre>
 * Slots are handed out in order and never reused; when {@code freed_count} reaches
 * {@code allocated_count} the page is unlinked and freed. The struct's {@code buckets} array
 * holds the newest bucket of each class; older ones are reached through {@code prev}, which is
 * the order leaks are reported in. Larger allocations go straight to the backing allocator and
 * are listed in a table of entries that itself lives in memory from the backing allocator.
 *
 * <p>Where the Zig that recorded the conformance corpus (a 0.14 development build) differs
 * from 0.14.0, Heap Lab follows what it recorded: a free finds its bucket by searching this
 * allocator's buckets from the size class of the freed length upwards (so a free of the wrong
 * length is reported, not mistaken for an invalid free, and a free through another allocator
 * panics with "Invalid free"), and a freed slot whose page stays mapped is filled with 0xAA.
 */
public final class DebugAllocator implements Allocator {
    public static final String KIND = "DebugAllocator";
    private static final int HEADER_SIZE = 32;
    private static final int H_PREV = 0;
    private static final int H_NEXT = 8;
    private static final int H_CANARY = 16;
    private static final int H_ALLOCATED = 24;
    private static final int H_FREED = 28;

    /**
     * Zig's {@code DebugAllocatorConfig} fields, each trading safety or insight for memory.
     *
     * @param stackTraceFrames  frames kept per allocation and free trace
     * @param enableMemoryLimit track requested bytes and fail allocations over {@code requested_memory_limit}
     * @param safety            double-free, wrong-size and leak checks
     * @param neverUnmap        never give pages back: faults become reports, memory is never returned
     * @param retainMetadata    keep metadata of freed allocations to report more double frees
     * @param verboseLog        log every allocation, resize and free
     * @param resizeStackTraces refresh an allocation's trace when it is resized
     * @param canary            marks memory owned by this allocator
     * @param pageSize          bytes taken from the backing allocator per bucket
     */
    public record Config(int stackTraceFrames, boolean enableMemoryLimit, boolean safety, boolean neverUnmap, boolean retainMetadata,
                         boolean verboseLog, boolean resizeStackTraces, long canary, long pageSize) {

        public static Config defaults(boolean isTest) {
            return new Config(isTest ? 10 : 6, false, true, false, false, false, false, 0x9232a6ff85dff10fL, 128 * 1024);
        }
    }

    /** Where the fields of the allocator's Zig struct are, from its start. */
    public record Layout(long backingAllocator, long buckets, long largeEntries, long largeLen, long largeCapacity,
                         long totalRequestedBytes, long requestedMemoryLimit) {}

    private final AllocatorHost host;
    private final Config config;
    private final Layout layout;
    private final long self;
    private final int stackN;
    private final int smallBucketCount;
    private final int[] slotCounts;
    private final int largeEntrySize;
    private final int traceN;

    public DebugAllocator(AllocatorHost host, Config config, Layout layout, long self) {
        this.host = host;
        this.config = config;
        this.layout = layout;
        this.self = self;
        this.stackN = config.stackTraceFrames();
        this.smallBucketCount = 63 - Long.numberOfLeadingZeros(config.pageSize()) - 1;
        this.slotCounts = slotCounts(config, smallBucketCount);
        this.traceN = config.retainMetadata() ? 2 : 1;
        this.largeEntrySize = 40 + traceN * stackN * 8;
    }

    private AddressSpace mem() { return host.memory(); }

    /** Where the allocator's Zig struct lives. */
    public long address() { return self; }

    // ------------------------------------------------------------------ geometry

    private static int[] slotCounts(Config config, int count) {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) out[i] = calculateSlotCount(config, i);
        return out;
    }

    private static long alignForward(long v, long a) { return (v + a - 1) & -a; }

    private static long usedBitsCount(long slots) { return (slots + 63) / 64; }

    private static long requestedSizesStart(long slots) { return alignForward(HEADER_SIZE + usedBitsCount(slots) * 8, 2); }

    private static long alignsStart(long slots) { return requestedSizesStart(slots) + 2 * slots; }

    private static long stackFramesStart(Config c, long slots) {
        long unaligned = c.safety() ? alignsStart(slots) + slots : HEADER_SIZE + usedBitsCount(slots) * 8;
        return alignForward(unaligned, 8);
    }

    private static long bucketSize(Config c, long slots) {
        return stackFramesStart(c, slots) + 8L * c.stackTraceFrames() * 2 * slots;
    }

    /** Zig's binary search for how many slots of a size class fit beside their metadata. */
    static int calculateSlotCount(Config c, int sizeClassIndex) {
        long sizeClass = 1L << sizeClassIndex;
        long pageSize = c.pageSize();
        long lower = 2;
        long upper = (pageSize - bucketSize(c, lower)) / sizeClass;
        while (upper > lower) {
            long proposed = lower + (upper - lower) / 2;
            if (proposed == lower) return (int) lower;
            long slotsEnd = proposed * sizeClass;
            long headerBegin = alignForward(slotsEnd, 8);
            long end = headerBegin + bucketSize(c, proposed);
            if (end > pageSize) upper = proposed - 1;
            else lower = proposed;
        }
        return (int) lower;
    }

    private long headerOf(long page, int slots) {
        return (page + config.pageSize() - bucketSize(config, slots)) & ~7L;
    }

    private int sizeClassIndex(long len, int alignLog2) {
        return Math.max(64 - Long.numberOfLeadingZeros(len - 1), alignLog2);
    }

    /**
     * The bytes this allocator sets aside for a request (what the panes call its reserved size):
     * the slot of its size class, or, for a request too large for any bucket, the whole pages
     * the backing allocator maps for it. {@link #alloc} takes the same branch.
     */
    public long reservedFor(long len, long alignment) {
        int alignLog2 = alignment <= 1 ? 0 : 63 - Long.numberOfLeadingZeros(alignment);
        int sci = sizeClassIndex(Math.max(1, len), alignLog2);
        return sci < smallBucketCount ? 1L << sci : PageAllocator.reservedFor(len);
    }

    // ------------------------------------------------------------------ struct fields

    private long bucketsSlot(int sci) { return self + layout.buckets() + 8L * sci; }

    private long backing() { return self + layout.backingAllocator(); }

    private long load(long addr) { return mem().load(addr, 8); }

    private void storeMeta(long addr, int size, long value) {
        mem().store(addr, size, value, ByteState.METADATA);
    }

    private void storeField(long addr, long value) { mem().store(addr, 8, value); }

    private long usedWord(long header, long slot) { return header + HEADER_SIZE + 8 * (slot / 64); }

    private boolean isUsed(long header, long slot) {
        return ((load(usedWord(header, slot)) >>> (slot % 64)) & 1) != 0;
    }

    private void setUsed(long header, long slot, boolean used) {
        long w = usedWord(header, slot);
        long bits = load(w);
        bits = used ? bits | (1L << (slot % 64)) : bits & ~(1L << (slot % 64));
        storeMeta(w, 8, bits);
    }

    private long requestedSizeAddr(long header, int slots, long slot) { return header + requestedSizesStart(slots) + 2 * slot; }

    private long alignAddr(long header, int slots, long slot) { return header + alignsStart(slots) + slot; }

    private long tracePtr(long header, int slots, long slot, int kind) {
        return header + stackFramesStart(config, slots) + 8L * stackN * (2 * slot + kind);
    }

    private void storeTrace(long at, StackTrace trace) {
        long[] addrs = trace.addresses();
        for (int i = 0; i < stackN; i++) storeMeta(at + 8L * i, 8, i < addrs.length ? addrs[i] : 0);
    }

    private StackTrace readTrace(long at) {
        List<Long> a = new ArrayList<>();
        for (int i = 0; i < stackN; i++) {
            long v = load(at + 8L * i);
            if (v == 0) break;
            a.add(v);
        }
        return new StackTrace(a.stream().mapToLong(Long::longValue).toArray());
    }

    /** Frames the lab keeps of each site even when Zig keeps fewer (or none). */
    private static final int SITE_FRAMES = 6;

    /** The stack at this call: the first {@code stack_trace_frames} go into Zig's metadata, all into the lab's event. */
    private StackTrace captureNow(long retAddr) {
        return new StackTrace(host.captureStackTrace(retAddr, Math.max(stackN, SITE_FRAMES)));
    }

    /** A trace as Zig keeps it: at most {@code stack_trace_frames} frames. */
    private StackTrace zigTrace(StackTrace t) {
        return t.depth() <= stackN ? t : new StackTrace(java.util.Arrays.copyOf(t.addresses(), stackN));
    }

    // ------------------------------------------------------------------ alloc

    @Override
    public long alloc(long len, int alignLog2, long retAddr) {
        if (config.enableMemoryLimit()) {
            long total = load(self + layout.totalRequestedBytes());
            long next = total + len;
            if (Long.compareUnsigned(next, load(self + layout.requestedMemoryLimit())) > 0) return 0;
            storeField(self + layout.totalRequestedBytes(), next);
        }
        int sci = sizeClassIndex(len, alignLog2);
        if (sci >= smallBucketCount) return allocLarge(len, alignLog2, retAddr);
        int slots = slotCounts[sci];
        long sizeClass = 1L << sci;
        long bucket = load(bucketsSlot(sci));
        if (bucket != 0) {
            long slot = mem().load(bucket + H_ALLOCATED, 4);
            if (slot < slots) {
                storeMeta(bucket + H_ALLOCATED, 4, slot + 1);
                setUsed(bucket, slot, true);
                StackTrace site = captureNow(retAddr);
                storeTrace(tracePtr(bucket, slots, slot, 0), site);
                if (config.safety()) {
                    storeMeta(requestedSizeAddr(bucket, slots, slot), 2, len);
                    storeMeta(alignAddr(bucket, slots, slot), 1, alignLog2);
                }
                long pageAddr = bucket & -config.pageSize();
                long addr = pageAddr + slot * sizeClass;
                onAlloc(addr, len, alignLog2, "small", site);
                return addr;
            }
        }
        int pageAlign = 63 - Long.numberOfLeadingZeros(config.pageSize());
        long page = host.rawAlloc(backing(), config.pageSize(), pageAlign, retAddr);
        if (page == 0) return 0;
        long header = headerOf(page, slots);
        mem().setState(header, page + config.pageSize() - header, ByteState.METADATA);
        storeMeta(header + H_ALLOCATED, 4, 1);
        storeMeta(header + H_FREED, 4, 0);
        storeMeta(header + H_PREV, 8, bucket);
        storeMeta(header + H_NEXT, 8, 0);
        storeMeta(header + H_CANARY, 8, config.canary());
        if (bucket != 0) storeMeta(bucket + H_NEXT, 8, header);
        storeField(bucketsSlot(sci), header);
        for (long w = 0; w < usedBitsCount(slots); w++) storeMeta(header + HEADER_SIZE + 8 * w, 8, 0);
        setUsed(header, 0, true);
        StackTrace site = captureNow(retAddr);
        storeTrace(tracePtr(header, slots, 0, 0), site);
        if (config.safety()) {
            storeMeta(requestedSizeAddr(header, slots, 0), 2, len);
            storeMeta(alignAddr(header, slots, 0), 1, alignLog2);
        }
        onAlloc(page, len, alignLog2, "small", site);
        return page;
    }

    private void onAlloc(long addr, long len, int alignLog2, String what, StackTrace site) {
        if (config.verboseLog()) host.log("info", "gpa", List.of(what + " alloc " + len + " bytes at 0x" + Long.toHexString(addr)));
        host.event(new AllocatorEvent.Alloc(self, KIND, addr, len, alignLog2, site));
    }

    // ------------------------------------------------------------------ large allocations

    private long largeEntries() { return load(self + layout.largeEntries()); }

    private int largeLen() { return (int) mem().load(self + layout.largeLen(), 4); }

    private int largeCapacity() { return (int) mem().load(self + layout.largeCapacity(), 4); }

    private long entry(int i) { return largeEntries() + (long) i * largeEntrySize; }

    // entry: bytes.ptr, bytes.len, requested_size, freed (u8), alignment (u8), then traces
    private int findLarge(long addr) {
        int n = largeLen();
        for (int i = 0; i < n; i++) if (load(entry(i)) == addr) return i;
        return -1;
    }

    private boolean ensureLargeCapacity() {
        int len = largeLen();
        int cap = largeCapacity();
        if (len < cap) return true;
        int newCap = Math.max(8, cap * 2);
        long bytes = (long) newCap * largeEntrySize;
        long mem = host.rawAlloc(backing(), bytes, 3, 0);
        if (mem == 0) return false;
        long old = largeEntries();
        if (old != 0) {
            mem().copy(mem, old, (long) len * largeEntrySize);
            host.rawFree(backing(), old, (long) cap * largeEntrySize, 3, 0);
        }
        mem().setState(mem, bytes, ByteState.METADATA);
        storeField(self + layout.largeEntries(), mem);
        mem().store(self + layout.largeCapacity(), 4, newCap);
        return true;
    }

    private long allocLarge(long len, int alignLog2, long retAddr) {
        if (!ensureLargeCapacity()) return 0;
        long ptr = host.rawAlloc(backing(), len, alignLog2, retAddr);
        if (ptr == 0) return 0;
        int i = config.retainMetadata() && !config.neverUnmap() ? findLarge(ptr) : -1;
        if (i < 0) {
            i = largeLen();
            mem().store(self + layout.largeLen(), 4, i + 1);
        }
        long e = entry(i);
        storeMeta(e, 8, ptr);
        storeMeta(e + 8, 8, len);
        storeMeta(e + 16, 8, len);
        storeMeta(e + 24, 1, 0);
        storeMeta(e + 25, 1, alignLog2);
        StackTrace site = captureNow(retAddr);
        storeTrace(e + 40, site);
        onAlloc(ptr, len, alignLog2, "large", site);
        return ptr;
    }

    private void removeLarge(int i) {
        int last = largeLen() - 1;
        if (i != last) mem().copy(entry(i), entry(last), largeEntrySize);
        mem().store(self + layout.largeLen(), 4, last);
    }

    /** The table index of the large allocation at {@code addr}, or Zig's "Invalid free" panic. */
    private int largeIndex(long addr, long len) {
        int i = findLarge(addr);
        if (i < 0) throw invalidFree(addr, len);
        return i;
    }

    /**
     * Zig's checks of a large allocation about to be freed or resized: reports a double free
     * (possible only when freed entries are retained) and returns true, or reports a length
     * that is not the allocation's and returns false.
     */
    private boolean checkLarge(long e, long addr, long len, long retAddr) {
        if (config.retainMetadata() && mem().load(e + 24, 1) != 0) {
            reportDoubleFree(addr, len, readTrace(e + 40), readTrace(e + 40 + 8L * stackN), retAddr);
            return true;
        }
        long allocated = load(e + 8);
        if (config.safety() && len != allocated) reportWrongSize(addr, allocated, len, readTrace(e + 40), retAddr);
        return false;
    }

    private void freeLarge(long addr, long len, int alignLog2, long retAddr) {
        int i = largeIndex(addr, len);
        long e = entry(i);
        if (checkLarge(e, addr, len, retAddr)) return;
        if (!config.neverUnmap()) host.rawFree(backing(), addr, len, alignLog2, retAddr);
        if (config.enableMemoryLimit()) {
            storeField(self + layout.totalRequestedBytes(), load(self + layout.totalRequestedBytes()) - load(e + 16));
        }
        if (config.verboseLog()) host.log("info", "gpa", List.of("large free " + len + " bytes at 0x" + Long.toHexString(addr)));
        StackTrace site = captureNow(retAddr);
        host.event(new AllocatorEvent.Free(self, KIND, addr, len, site));
        if (!config.retainMetadata()) {
            removeLarge(i);
        } else {
            storeMeta(e + 24, 1, 1);
            storeTrace(e + 40 + 8L * stackN, site);
        }
    }

    private long resizeLarge(long addr, long len, int alignLog2, long newLen, long retAddr, boolean mayMove) {
        long e = entry(largeIndex(addr, len));
        if (checkLarge(e, addr, len, retAddr)) throw host.panic("Unrecoverable double free");
        int newSci = Math.max(64 - Long.numberOfLeadingZeros(newLen - 1), alignLog2);
        if (newSci < smallBucketCount) return 0;
        long prevReq = 0;
        if (config.enableMemoryLimit()) {
            prevReq = load(self + layout.totalRequestedBytes());
            long next = prevReq + newLen - load(e + 16);
            if (Long.compareUnsigned(next, prevReq) > 0 && Long.compareUnsigned(next, load(self + layout.requestedMemoryLimit())) > 0) return 0;
            storeField(self + layout.totalRequestedBytes(), next);
        }
        long moved = mayMove ? host.rawRemap(backing(), addr, len, alignLog2, newLen, retAddr)
                : host.rawResize(backing(), addr, len, alignLog2, newLen, retAddr) ? addr : 0;
        if (moved == 0) {
            if (config.enableMemoryLimit()) storeField(self + layout.totalRequestedBytes(), prevReq);
            return 0;
        }
        e = entry(findLarge(addr));
        storeMeta(e, 8, moved);
        storeMeta(e + 8, 8, newLen);
        storeMeta(e + 16, 8, newLen);
        StackTrace site = captureNow(retAddr);
        if (config.resizeStackTraces()) storeTrace(e + 40, site);
        host.event(new AllocatorEvent.Resize(self, KIND, addr, len, moved, newLen, site));
        return moved;
    }

    // ------------------------------------------------------------------ resize, remap, free

    @Override
    public boolean resize(long addr, long len, int alignLog2, long newLen, long retAddr) {
        int sci = sizeClassIndex(len, alignLog2);
        if (sci >= smallBucketCount) return resizeLarge(addr, len, alignLog2, newLen, retAddr, false) != 0;
        return resizeSmall(addr, len, alignLog2, newLen, retAddr, sci);
    }

    @Override
    public long remap(long addr, long len, int alignLog2, long newLen, long retAddr) {
        int sci = sizeClassIndex(len, alignLog2);
        if (sci >= smallBucketCount) return resizeLarge(addr, len, alignLog2, newLen, retAddr, true);
        return resizeSmall(addr, len, alignLog2, newLen, retAddr, sci) ? addr : 0;
    }

    private boolean resizeSmall(long addr, long len, int alignLog2, long newLen, long retAddr, int sci0) {
        long[] found = locate(addr, sci0);
        if (found == null) return resizeLarge(addr, len, alignLog2, newLen, retAddr, false) != 0;
        int sci = (int) found[0];
        long header = found[1];
        int newSci = Math.max(64 - Long.numberOfLeadingZeros(newLen - 1), alignLog2);
        if (!config.safety()) return newSci == sci;
        int slots = slotCounts[sci];
        long pageAddr = addr & -config.pageSize();
        long slot = (addr - pageAddr) / (1L << sci);
        if (!isUsed(header, slot)) {
            reportDoubleFree(addr, len, readTrace(tracePtr(header, slots, slot, 0)), readTrace(tracePtr(header, slots, slot, 1)), retAddr);
            return false;
        }
        long requested = mem().load(requestedSizeAddr(header, slots, slot), 2);
        if (requested == 0) throw invalidFree(addr, len);
        int slotAlign = (int) mem().load(alignAddr(header, slots, slot), 1);
        if (len != requested || alignLog2 != slotAlign) {
            mismatchReports(addr, len, alignLog2, requested, slotAlign, header, slots, slot, retAddr, "resize", "Resize");
        }
        // with safety, the slot's size class is what limits a resize: a block shrunk by realloc grows back in place
        if (newSci > sci) return false;
        if (config.enableMemoryLimit()) {
            long prev = load(self + layout.totalRequestedBytes());
            long next = prev - len + newLen;
            if (Long.compareUnsigned(next, prev) > 0 && Long.compareUnsigned(next, load(self + layout.requestedMemoryLimit())) > 0) return false;
            storeField(self + layout.totalRequestedBytes(), next);
        }
        if (len > newLen) mem().fill(addr + newLen, len - newLen, (byte) 0xAA, ByteState.UNDEFINED);
        storeMeta(requestedSizeAddr(header, slots, slot), 2, newLen);
        StackTrace site = captureNow(retAddr);
        if (config.resizeStackTraces()) storeTrace(tracePtr(header, slots, slot, 0), site);
        if (config.verboseLog()) {
            host.log("info", "gpa", List.of("small resize " + len + " bytes at 0x" + Long.toHexString(addr) + " to " + newLen));
        }
        host.event(new AllocatorEvent.Resize(self, KIND, addr, len, addr, newLen, site));
        return true;
    }

    private RuntimeException invalidFree(long addr, long len) {
        host.event(new AllocatorEvent.InvalidFree(self, addr, len));
        return host.panic("Invalid free");
    }

    @Override
    public void free(long addr, long len, int alignLog2, long retAddr) {
        int sci0 = sizeClassIndex(len, alignLog2);
        long[] found = sci0 < smallBucketCount ? locate(addr, sci0) : null;
        if (found == null) {
            freeLarge(addr, len, alignLog2, retAddr);
            return;
        }
        int sci = (int) found[0];
        long header = found[1];
        int slots = slotCounts[sci];
        long pageAddr = addr & -config.pageSize();
        long sizeClass = 1L << sci;
        long slot = (addr - pageAddr) / sizeClass;
        if (!isUsed(header, slot)) {
            // std's free wrote 0xAA over the slot before calling here; it stays a freed slot
            mem().setState(addr, sizeClass, ByteState.FREED);
            if (config.safety()) {
                reportDoubleFree(addr, len, readTrace(tracePtr(header, slots, slot, 0)), readTrace(tracePtr(header, slots, slot, 1)), retAddr);
            }
            return;
        }
        if (config.safety()) {
            long requested = mem().load(requestedSizeAddr(header, slots, slot), 2);
            if (requested == 0) throw invalidFree(addr, len);
            int slotAlign = (int) mem().load(alignAddr(header, slots, slot), 1);
            if (len != requested || alignLog2 != slotAlign) {
                mismatchReports(addr, len, alignLog2, requested, slotAlign, header, slots, slot, retAddr, "free", "Free");
            }
        }
        if (config.enableMemoryLimit()) {
            storeField(self + layout.totalRequestedBytes(), load(self + layout.totalRequestedBytes()) - len);
        }
        StackTrace site = captureNow(retAddr);
        storeTrace(tracePtr(header, slots, slot, 1), site);
        setUsed(header, slot, false);
        if (config.safety()) storeMeta(requestedSizeAddr(header, slots, slot), 2, 0);
        long freed = mem().load(header + H_FREED, 4) + 1;
        storeMeta(header + H_FREED, 4, freed);
        host.event(new AllocatorEvent.Free(self, KIND, addr, len, site));
        boolean empty = freed == mem().load(header + H_ALLOCATED, 4);
        if (empty && !(config.retainMetadata() && config.neverUnmap())) {
            long prev = load(header + H_PREV);
            long next = load(header + H_NEXT);
            if (prev != 0) storeMeta(prev + H_NEXT, 8, next);
            if (next != 0) storeMeta(next + H_PREV, 8, prev);
            else storeField(bucketsSlot(sci), prev);
            if (!config.neverUnmap()) {
                int pageAlign = 63 - Long.numberOfLeadingZeros(config.pageSize());
                host.rawFree(backing(), pageAddr, config.pageSize(), pageAlign, retAddr);
            } else {
                freedSlot(addr, len, sizeClass);
            }
        } else {
            freedSlot(addr, len, sizeClass);
        }
        if (config.verboseLog()) host.log("info", "gpa", List.of("small free " + len + " bytes at 0x" + Long.toHexString(addr)));
    }

    /** A freed slot whose page stays mapped reads 0xAA, as Zig's debug allocator leaves it. */
    private void freedSlot(long addr, long len, long sizeClass) {
        mem().fill(addr, len, (byte) 0xAA, ByteState.UNDEFINED);
        mem().setState(addr, sizeClass, ByteState.FREED);
    }

    /**
     * The bucket of this allocator whose page holds {@code addr}, searching from the size class
     * of the given length upwards (a free of the wrong length still finds its block): {size class
     * index, header}, or null when no bucket of this allocator holds it.
     */
    private long[] locate(long addr, int fromSci) {
        long pageAddr = addr & -config.pageSize();
        for (int sci = fromSci; sci < smallBucketCount; sci++) {
            for (long b = load(bucketsSlot(sci)); b != 0; b = load(b + H_PREV)) {
                if ((b & -config.pageSize()) == pageAddr) return new long[] {sci, b};
            }
        }
        return null;
    }

    /** Zig's reports of a free or resize whose length or alignment is not the allocation's. */
    private void mismatchReports(long addr, long len, int alignLog2, long requested, int slotAlign, long header, int slots,
                                 long slot, long retAddr, String verb, String label) {
        StackTrace freeTrace = zigTrace(captureNow(retAddr));
        StackTrace allocTrace = readTrace(tracePtr(header, slots, slot, 0));
        if (len != requested) {
            host.event(new AllocatorEvent.WrongSizeFree(self, addr, requested, len, allocTrace, freeTrace));
            host.log("err", "gpa", List.of("Allocation size " + requested + " bytes does not match " + verb + " size " + len
                    + ". Allocation: ", allocTrace, " " + label + ": ", freeTrace));
        }
        if (alignLog2 != slotAlign) {
            host.log("err", "gpa", List.of("Allocation alignment " + (1L << slotAlign) + " does not match " + verb + " alignment "
                    + (1L << alignLog2) + ". Allocation: ", allocTrace, " " + label + ": ", freeTrace));
        }
    }

    private void reportWrongSize(long addr, long allocated, long len, StackTrace allocTrace, long retAddr) {
        StackTrace freeTrace = zigTrace(captureNow(retAddr));
        host.event(new AllocatorEvent.WrongSizeFree(self, addr, allocated, len, allocTrace, freeTrace));
        host.log("err", "gpa", List.of("Allocation size " + allocated + " bytes does not match free size " + len + ". Allocation: ",
                allocTrace, " Free: ", freeTrace));
    }

    private void reportDoubleFree(long addr, long len, StackTrace allocTrace, StackTrace firstFree, long retAddr) {
        StackTrace second = zigTrace(captureNow(retAddr));
        host.event(new AllocatorEvent.DoubleFree(self, addr, len, allocTrace, firstFree, second));
        host.log("err", "gpa", List.of("Double free detected. Allocation: ", allocTrace, " First free: ", firstFree,
                " Second free: ", second));
    }

    // ------------------------------------------------------------------ leaks and deinit

    /** Reports every allocation still in use and returns whether there was one. */
    public boolean detectLeaks() {
        boolean leaks = false;
        for (int sci = 0; sci < smallBucketCount; sci++) {
            int slots = slotCounts[sci];
            long sizeClass = 1L << sci;
            for (long b = load(bucketsSlot(sci)); b != 0; b = load(b + H_PREV)) {
                long pageAddr = b & -config.pageSize();
                for (long slot = 0; slot < slots; slot++) {
                    if (!isUsed(b, slot)) continue;
                    StackTrace t = readTrace(tracePtr(b, slots, slot, 0));
                    long addr = pageAddr + slot * sizeClass;
                    long len = config.safety() ? mem().load(requestedSizeAddr(b, slots, slot), 2) : sizeClass;
                    host.event(new AllocatorEvent.Leak(self, addr, len, t));
                    host.log("err", "gpa", List.of("memory address 0x" + Long.toHexString(addr) + " leaked: ", t));
                    leaks = true;
                }
            }
        }
        int n = largeLen();
        for (int i = 0; i < n; i++) {
            long e = entry(i);
            if (config.retainMetadata() && mem().load(e + 24, 1) != 0) continue;
            long addr = load(e);
            StackTrace t = readTrace(e + 40);
            host.event(new AllocatorEvent.Leak(self, addr, load(e + 8), t));
            host.log("err", "gpa", List.of("memory address 0x" + Long.toHexString(addr) + " leaked: ", t));
            leaks = true;
        }
        return leaks;
    }

    /** Frees what the allocator itself holds (its table of large allocations), as Zig's deinit does. */
    public void deinit() {
        if (config.retainMetadata() && config.neverUnmap()) {
            int n = largeLen();
            for (int i = 0; i < n; i++) {
                long e = entry(i);
                if (mem().load(e + 24, 1) != 0) host.rawFree(backing(), load(e), load(e + 8), (int) mem().load(e + 25, 1), 0);
            }
        }
        long entries = largeEntries();
        if (entries != 0) host.rawFree(backing(), entries, (long) largeCapacity() * largeEntrySize, 3, 0);
    }

    /** The allocator's state for the panes: buckets per size class and large allocations. */
    public Description describe() {
        List<Description.Bucket> buckets = new ArrayList<>();
        for (int sci = 0; sci < smallBucketCount; sci++) {
            int slots = slotCounts[sci];
            for (long b = load(bucketsSlot(sci)); b != 0; b = load(b + H_PREV)) {
                long pageAddr = b & -config.pageSize();
                int allocated = (int) mem().load(b + H_ALLOCATED, 4);
                int freed = (int) mem().load(b + H_FREED, 4);
                List<Boolean> used = new ArrayList<>();
                for (long s = 0; s < allocated; s++) used.add(isUsed(b, s));
                buckets.add(new Description.Bucket(1L << sci, pageAddr, slots, allocated, freed, used));
            }
        }
        List<long[]> large = new ArrayList<>();
        for (int i = 0; i < largeLen(); i++) large.add(new long[] {load(entry(i)), load(entry(i) + 8)});
        return new Description(buckets, large);
    }

    /** Buckets (size class, page, slots) and large allocations (address, length). */
    public record Description(List<Bucket> buckets, List<long[]> largeAllocations) {
        public record Bucket(long sizeClass, long page, int slotCount, int allocated, int freed, List<Boolean> used) {}
    }
}
