package org.heaplab.session;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * The write history's storage: writes in step order, in chunks of {@link #CHUNK} entries, each
 * kept as columns of primitives (the step as an offset from the chunk's first, the address, the
 * length with the writer's kind, the site) with the sources of copies apart (few writes are
 * copies). About 20 bytes a write.
 *
 * <p>Each chunk keeps a summary for searches going backward or forward: its steps, the lowest
 * and highest address it wrote, and a 4,096-bit filter of the 8-byte granules its small writes
 * touched (writes wider than {@link #FILTERED_GRANULES} granules widen a range kept apart), so a
 * search for one variable's writes skips the chunks that cannot hold one without reading them.
 *
 * <p>One thread appends (the run's); any thread reads. A chunk's entries are published by a
 * release store of its count (its summary with them: readers load the count first), the list
 * of chunks by replacing the array; the oldest chunks are
 * dropped when the log passes its budget, and a reader holding the old array still reads them.
 */
final class WriteLog {
    static final int CHUNK = 4096;
    static final int FILTERED_GRANULES = 8;
    private static final int FILTER_BITS = 4096;
    /** Bits of the length column that hold the length; the kind and flags sit above. */
    static final int LEN_BITS = 27;
    static final long MAX_LEN = (1L << LEN_BITS) - 1;
    private static final VarHandle COUNT;

    static {
        try {
            COUNT = MethodHandles.lookup().findVarHandle(Chunk.class, "count", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static final class Chunk {
        final long baseStep;
        final int[] stepOffset = new int[CHUNK];
        final long[] address = new long[CHUNK];
        /** Length (low {@link #LEN_BITS} bits), writer kind (2 bits), in the std (1 bit). */
        final int[] lenKind = new int[CHUNK];
        final int[] site = new int[CHUNK];
        int[] copyIndex = new int[0];
        long[] copyFrom = new long[0];
        /** The name of the local copied from (a {@link WriteSites} name number), or -1. */
        int[] copyName = new int[0];
        int copies;
        @SuppressWarnings("unused") // through COUNT
        int count;
        // the summary: written before the count's release store, read after its acquiring load
        long lastStep;
        long minAddress = Long.MAX_VALUE, maxEnd = Long.MIN_VALUE;
        long wideMin = Long.MAX_VALUE, wideMax = Long.MIN_VALUE;
        final long[] filter = new long[FILTER_BITS / 64];

        Chunk(long baseStep) { this.baseStep = baseStep; }

        int count() { return (int) COUNT.getAcquire(this); }

        long step(int i) { return baseStep + stepOffset[i]; }

        long length(int i) { return lenKind[i] & MAX_LEN; }

        int kind(int i) { return (lenKind[i] >>> LEN_BITS) & 3; }

        boolean inStd(int i) { return (lenKind[i] >>> (LEN_BITS + 2) & 1) != 0; }

        long copiedFrom(int i) {
            int n = copies;
            int k = Arrays.binarySearch(copyIndex, 0, Math.min(n, copyIndex.length), i);
            return k >= 0 ? copyFrom[k] : -1;
        }

        int copiedFromName(int i) {
            int n = copies;
            int k = Arrays.binarySearch(copyIndex, 0, Math.min(n, copyIndex.length), i);
            return k >= 0 && k < copyName.length ? copyName[k] : -1;
        }

        /** Whether a write of this chunk may touch {@code [addr, addr+len)} (no false negatives). */
        boolean mayTouch(long addr, long len) {
            long end = addr + len;
            if (end <= minAddress || addr >= maxEnd) return false;
            if (addr < wideMax && wideMin < end) return true;
            long g0 = addr >>> 3, g1 = (end - 1) >>> 3;
            if (g1 - g0 >= FILTERED_GRANULES) return true;
            for (long g = g0; g <= g1; g++) {
                int b = bit(g);
                if ((filter[b >>> 6] & (1L << b)) != 0) return true;
            }
            return false;
        }

        long bytes() { return 64L + CHUNK * 20L + filter.length * 8L + copyIndex.length * 16L; }
    }

    private static int bit(long granule) {
        return (int) ((granule * 0x9E3779B97F4A7C15L) >>> 52);
    }

    private volatile Chunk[] chunks = new Chunk[0];
    private Chunk last;
    private volatile long bytes;
    /** The same, as the appending thread keeps it (no fence per write). */
    private long bytesPlain;
    private volatile long droppedThrough;

    Chunk[] chunks() { return chunks; }

    long bytes() { return bytes; }

    long bytesPlain() { return bytesPlain; }

    /** The last step of the writes dropped to keep the budget (0 when none were). */
    long droppedThrough() { return droppedThrough; }

    /** Appends a write (steps never go down). */
    void add(long step, long address, long length, int kind, boolean inStd, int site, long from) {
        add(step, address, length, kind, inStd, site, from, -1);
    }

    /** Appends a write (steps never go down); {@code fromName}: the local copied from, or -1. */
    void add(long step, long address, long length, int kind, boolean inStd, int site, long from, int fromName) {
        while (length > MAX_LEN) {
            add(step, address, MAX_LEN, kind, inStd, site, from, fromName);
            address += MAX_LEN;
            if (from >= 0) from += MAX_LEN;
            length -= MAX_LEN;
        }
        Chunk c = last;
        if (c == null || c.count == CHUNK || step - c.baseStep > Integer.MAX_VALUE) c = newChunk(step);
        int i = c.count;
        c.stepOffset[i] = (int) (step - c.baseStep);
        c.address[i] = address;
        c.lenKind[i] = (int) length | kind << LEN_BITS | (inStd ? 1 : 0) << (LEN_BITS + 2);
        c.site[i] = site;
        if (from >= 0) {
            if (c.copies == c.copyIndex.length) {
                int n = Math.max(16, c.copies * 2);
                c.copyIndex = Arrays.copyOf(c.copyIndex, n);
                c.copyFrom = Arrays.copyOf(c.copyFrom, n);
                c.copyName = Arrays.copyOf(c.copyName, n);
                bytesPlain += (n - c.copies) * 16L;
                bytes = bytesPlain;
            }
            c.copyIndex[c.copies] = i;
            c.copyFrom[c.copies] = from;
            c.copyName[c.copies] = fromName;
            c.copies++;
        }
        long end = address + length;
        if (address < c.minAddress) c.minAddress = address;
        if (end > c.maxEnd) c.maxEnd = end;
        long g0 = address >>> 3, g1 = (end - 1) >>> 3;
        if (g1 - g0 >= FILTERED_GRANULES) {
            if (address < c.wideMin) c.wideMin = address;
            if (end > c.wideMax) c.wideMax = end;
        } else {
            for (long g = g0; g <= g1; g++) {
                int b = bit(g);
                c.filter[b >>> 6] |= 1L << b;
            }
        }
        c.lastStep = step;
        COUNT.setRelease(c, i + 1);
    }

    /**
     * Makes the 0xAA a free wrote at {@code address} a free's: walking back over at most
     * {@code lookBack} entries, the undefined fills at that address since the program last wrote
     * there, but the first one after the block's allocation at {@code allocStep} (the 0xAA of the
     * allocation itself, when the program never wrote the block). Returns how many it changed.
     */
    int turnIntoFree(long address, long allocStep, int undefinedKind, int freeKind, int lookBack) {
        Chunk[] cs = chunks;
        int left = lookBack;
        int[] hitChunk = new int[8], hitEntry = new int[8];
        int hits = 0;
        boolean reachedAlloc = false, byProgram = false;
        scan:
        for (int ci = cs.length - 1; ci >= 0 && left > 0; ci--) {
            Chunk c = cs[ci];
            for (int i = c.count - 1; i >= 0 && left > 0; i--, left--) {
                if (c.address[i] != address) continue;
                if (c.step(i) < allocStep) {
                    reachedAlloc = true;
                    break scan;
                }
                int k = c.kind(i);
                if (k == freeKind) continue;
                if (k != undefinedKind) {
                    byProgram = true;
                    break scan;
                }
                if (hits == hitChunk.length) {
                    hitChunk = Arrays.copyOf(hitChunk, hits * 2);
                    hitEntry = Arrays.copyOf(hitEntry, hits * 2);
                }
                hitChunk[hits] = ci;
                hitEntry[hits] = i;
                hits++;
            }
        }
        // the whole log read back to before the allocation: the oldest fill is the allocation's
        if (!byProgram && !reachedAlloc && left > 0 && log0(cs) <= allocStep) reachedAlloc = true;
        // the oldest fill since the allocation, with no write of the program's after it, is the allocation's own
        int change = reachedAlloc ? hits - 1 : hits;
        for (int h = 0; h < change; h++) {
            Chunk c = cs[hitChunk[h]];
            int i = hitEntry[h];
            c.lenKind[i] = (c.lenKind[i] & ~(3 << LEN_BITS)) | freeKind << LEN_BITS;
        }
        return Math.max(0, change);
    }

    private static long log0(Chunk[] cs) {
        return cs.length == 0 ? Long.MAX_VALUE : cs[0].baseStep;
    }

    /** Makes the newest entry a free's when it is an undefined fill at {@code address} at {@code step} (a free's 0xAA, then its state). */
    boolean newestIntoFree(long address, long step, int undefinedKind, int freeKind) {
        Chunk c = last;
        if (c == null || c.count == 0) return false;
        int i = c.count - 1;
        if (c.address[i] != address || c.step(i) != step || c.kind(i) != undefinedKind) return false;
        c.lenKind[i] = (c.lenKind[i] & ~(3 << LEN_BITS)) | freeKind << LEN_BITS;
        return true;
    }

    private Chunk newChunk(long step) {
        Chunk c = new Chunk(step);
        Chunk[] old = chunks;
        Chunk[] next = Arrays.copyOf(old, old.length + 1);
        next[old.length] = c;
        chunks = next;
        last = c;
        bytesPlain += c.bytes();
        bytes = bytesPlain;
        return c;
    }

    /** Drops the oldest chunks until the log holds at most {@code budget} bytes (the newest chunk stays). */
    void trim(long budget) {
        Chunk[] cs = chunks;
        int drop = 0;
        long b = bytesPlain;
        while (b > budget && drop < cs.length - 1) {
            b -= cs[drop].bytes();
            drop++;
        }
        if (drop == 0) return;
        droppedThrough = cs[drop - 1].lastStep;
        chunks = Arrays.copyOfRange(cs, drop, cs.length);
        bytesPlain = b;
        bytes = b;
    }
}
