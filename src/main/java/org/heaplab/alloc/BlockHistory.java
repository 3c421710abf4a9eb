package org.heaplab.alloc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every block the allocators handed out, live or freed, with the sites that allocated and
 * freed it: what lets the lab say "this address was freed at main.zig:9" long after the
 * allocator itself forgot. Kept compact (columns of primitives, traces stored once each) so a
 * program making millions of allocations stays cheap: all live blocks are kept, and of the
 * freed ones at least the most recent half of {@value #MAX_FREED} (when that many are kept, the
 * older half is dropped).
 */
public final class BlockHistory {
    /** A block as recorded: {@code freeTrace} is null while it is live. */
    public record Block(long allocator, String kind, long address, long length, StackTrace allocTrace, StackTrace freeTrace, long allocStep,
                        long freeStep) {
        public boolean live() { return freeTrace == null; }

        public boolean covers(long addr) { return addr >= address && addr - address < Math.max(1, length); }
    }

    static final int MAX_FREED = 1 << 18;
    private static final int LIVE = -1;

    private long[] address = new long[64];
    private long[] length = new long[64];
    private long[] allocator = new long[64];
    private int[] kind = new int[64];
    private int[] allocTrace = new int[64];
    private int[] freeTrace = new int[64];
    /** For freed blocks, the order they were freed in; for live ones {@value #LIVE}. */
    private long[] freedAt = new long[64];
    /** The statements run when the block was handed out and freed (-1 while live). */
    private long[] allocStep = new long[64];
    private long[] freeStep = new long[64];
    private int count;
    private long frees;
    private int freedKept;
    private final AddressIndex index = new AddressIndex();
    private final List<String> kinds = new ArrayList<>();
    /** Shared by every copy: an append-only table of distinct traces. */
    private final Traces traces;

    public BlockHistory() {
        this.traces = new Traces();
    }

    private BlockHistory(Traces traces) {
        this.traces = traces;
    }

    public void allocated(long allocatorId, String kindName, long addr, long len, StackTrace trace) {
        allocated(allocatorId, kindName, addr, len, trace, 0);
    }

    public void allocated(long allocatorId, String kindName, long addr, long len, StackTrace trace, long step) {
        if (count == address.length) grow();
        int i = count++;
        address[i] = addr;
        length[i] = len;
        allocator[i] = allocatorId;
        kind[i] = kindId(kindName);
        allocTrace[i] = traces.id(trace);
        freeTrace[i] = LIVE;
        freedAt[i] = LIVE;
        allocStep[i] = step;
        freeStep[i] = LIVE;
        index.put(allocatorId, addr, i);
    }

    public void freed(long allocatorId, long addr, StackTrace trace) {
        freed(allocatorId, addr, trace, 0);
    }

    public void freed(long allocatorId, long addr, StackTrace trace, long step) {
        int i = index.get(allocatorId, addr);
        if (i < 0 || freedAt[i] != LIVE) return;
        freeTrace[i] = traces.id(trace);
        freeStep[i] = step;
        freedAt[i] = frees++;
        index.remove(allocatorId, addr);
        if (++freedKept > MAX_FREED) forgetOldestFreed();
    }

    /** A resize or remap: the block now spans {@code newLen} bytes at {@code newAddr}. */
    public void resized(long allocatorId, long addr, long newAddr, long newLen) {
        int i = index.get(allocatorId, addr);
        if (i < 0) return;
        if (newAddr != addr) {
            index.remove(allocatorId, addr);
            index.put(allocatorId, newAddr, i);
        }
        address[i] = newAddr;
        length[i] = newLen;
    }

    public int size() { return count; }

    /**
     * The block that best explains an access to {@code addr}: of the blocks covering it, the
     * smallest (a debug allocator's slot rather than the page it sits in), the newest of equals.
     */
    public Block blockAt(long addr) {
        int best = -1;
        for (int i = count - 1; i >= 0; i--) {
            if (addr < address[i] || addr - address[i] >= Math.max(1, length[i])) continue;
            if (best < 0 || length[i] < length[best]) best = i;
        }
        return best < 0 ? null : block(best);
    }

    /** Up to {@code max} freed blocks, the most recently recorded first. */
    public List<Block> recentlyFreed(int max) {
        List<Block> out = new ArrayList<>();
        for (int i = count - 1; i >= 0 && out.size() < max; i--) if (freedAt[i] != LIVE) out.add(block(i));
        return out;
    }

    /** The live block the allocator {@code allocatorId} (as its events name it) handed out at {@code addr}, or null. */
    public Block liveAt(long allocatorId, long addr) {
        int i = index.get(allocatorId, addr);
        return i < 0 || freedAt[i] != LIVE ? null : block(i);
    }

    /** The live blocks, oldest first. */
    public List<Block> liveBlocks() {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < count; i++) if (freedAt[i] == LIVE) out.add(block(i));
        return out;
    }

    private Block block(int i) {
        return new Block(allocator[i], kinds.get(kind[i]), address[i], length[i], traces.get(allocTrace[i]),
                freedAt[i] == LIVE ? null : traces.get(freeTrace[i]), allocStep[i], freeStep[i]);
    }

    /** A copy for a checkpoint: {@link #restore} makes a history what the copy holds. */
    public BlockHistory copy() {
        var c = new BlockHistory(traces);
        copyInto(c);
        return c;
    }

    /** Makes this history what {@code saved} (a {@link #copy()}) holds; {@code saved} stays usable. */
    public void restore(BlockHistory saved) {
        saved.copyInto(this);
    }

    private void copyInto(BlockHistory c) {
        int n = Math.max(64, count);
        c.address = Arrays.copyOf(address, n);
        c.length = Arrays.copyOf(length, n);
        c.allocator = Arrays.copyOf(allocator, n);
        c.kind = Arrays.copyOf(kind, n);
        c.allocTrace = Arrays.copyOf(allocTrace, n);
        c.freeTrace = Arrays.copyOf(freeTrace, n);
        c.freedAt = Arrays.copyOf(freedAt, n);
        c.allocStep = Arrays.copyOf(allocStep, n);
        c.freeStep = Arrays.copyOf(freeStep, n);
        c.count = count;
        c.frees = frees;
        c.freedKept = freedKept;
        index.copyInto(c.index);
        c.kinds.clear();
        c.kinds.addAll(kinds);
    }

    /** Roughly the bytes a copy holds. */
    public long bytes() {
        return 128L + count * 64L + index.capacity() * 22L;
    }

    private int kindId(String name) {
        int k = kinds.indexOf(name);
        if (k >= 0) return k;
        kinds.add(name);
        return kinds.size() - 1;
    }

    private void grow() {
        int n = address.length * 2;
        address = Arrays.copyOf(address, n);
        length = Arrays.copyOf(length, n);
        allocator = Arrays.copyOf(allocator, n);
        kind = Arrays.copyOf(kind, n);
        allocTrace = Arrays.copyOf(allocTrace, n);
        freeTrace = Arrays.copyOf(freeTrace, n);
        freedAt = Arrays.copyOf(freedAt, n);
        allocStep = Arrays.copyOf(allocStep, n);
        freeStep = Arrays.copyOf(freeStep, n);
    }

    /** Drops the older half of the freed blocks kept, keeping every live one. */
    private void forgetOldestFreed() {
        long keepFrom = frees - MAX_FREED / 2;
        int j = 0;
        index.clear();
        freedKept = 0;
        for (int i = 0; i < count; i++) {
            boolean live = freedAt[i] == LIVE;
            if (!live && freedAt[i] < keepFrom) continue;
            address[j] = address[i];
            length[j] = length[i];
            allocator[j] = allocator[i];
            kind[j] = kind[i];
            allocTrace[j] = allocTrace[i];
            freeTrace[j] = freeTrace[i];
            freedAt[j] = freedAt[i];
            allocStep[j] = allocStep[i];
            freeStep[j] = freeStep[i];
            if (live) index.put(allocator[j], address[j], j);
            else freedKept++;
            j++;
        }
        count = j;
    }

    /** Open-addressing map from (allocator, address) to the index of the newest live block there. */
    private static final class AddressIndex {
        private long[] keysA = new long[256];
        private long[] keysB = new long[256];
        private int[] values = new int[256];
        private boolean[] used = new boolean[256];
        private int size;
        private int tombstones;
        private boolean[] dead = new boolean[256];

        private static int hash(long a, long b, int mask) {
            long h = a * 0x9E3779B97F4A7C15L ^ b * 0xC2B2AE3D27D4EB4FL;
            return (int) (h ^ (h >>> 29)) & mask;
        }

        void put(long a, long b, int v) {
            if ((size + tombstones + 1) * 2 > used.length) rehash(used.length * (size * 4 > used.length ? 2 : 1));
            int mask = used.length - 1;
            int free = -1;
            for (int h = hash(a, b, mask); ; h = (h + 1) & mask) {
                if (!used[h]) {
                    int at = free >= 0 ? free : h;
                    if (free >= 0) tombstones--;
                    used[at] = true;
                    dead[at] = false;
                    keysA[at] = a;
                    keysB[at] = b;
                    values[at] = v;
                    size++;
                    return;
                }
                if (dead[h]) {
                    if (free < 0) free = h;
                } else if (keysA[h] == a && keysB[h] == b) {
                    values[h] = v;
                    return;
                }
            }
        }

        int get(long a, long b) {
            int mask = used.length - 1;
            for (int h = hash(a, b, mask); used[h]; h = (h + 1) & mask) {
                if (!dead[h] && keysA[h] == a && keysB[h] == b) return values[h];
            }
            return -1;
        }

        void remove(long a, long b) {
            int mask = used.length - 1;
            for (int h = hash(a, b, mask); used[h]; h = (h + 1) & mask) {
                if (!dead[h] && keysA[h] == a && keysB[h] == b) {
                    dead[h] = true;
                    size--;
                    tombstones++;
                    return;
                }
            }
        }

        int capacity() { return used.length; }

        void copyInto(AddressIndex c) {
            c.keysA = keysA.clone();
            c.keysB = keysB.clone();
            c.values = values.clone();
            c.used = used.clone();
            c.dead = dead.clone();
            c.size = size;
            c.tombstones = tombstones;
        }

        void clear() {
            Arrays.fill(used, false);
            Arrays.fill(dead, false);
            size = 0;
            tombstones = 0;
        }

        private void rehash(int capacity) {
            long[] oa = keysA, ob = keysB;
            int[] ov = values;
            boolean[] ou = used, od = dead;
            keysA = new long[capacity];
            keysB = new long[capacity];
            values = new int[capacity];
            used = new boolean[capacity];
            dead = new boolean[capacity];
            size = 0;
            tombstones = 0;
            for (int i = 0; i < ou.length; i++) if (ou[i] && !od[i]) put(oa[i], ob[i], ov[i]);
        }
    }

    /** Each distinct stack trace stored once. */
    private static final class Traces {
        private static final int MAX = 1 << 20;
        private final Map<Key, Integer> ids = new HashMap<>();
        private final List<StackTrace> list = new ArrayList<>();

        private record Key(long[] addresses) {
            @Override
            public boolean equals(Object o) { return o instanceof Key k && Arrays.equals(addresses, k.addresses); }

            @Override
            public int hashCode() { return Arrays.hashCode(addresses); }
        }

        int id(StackTrace t) {
            if (t == null || t.depth() == 0) return -2;
            Integer id = ids.get(new Key(t.addresses()));
            if (id != null) return id;
            if (list.size() >= MAX) return -2;
            list.add(t);
            ids.put(new Key(t.addresses()), list.size() - 1);
            return list.size() - 1;
        }

        StackTrace get(int id) { return id < 0 ? StackTrace.EMPTY : list.get(id); }
    }
}
