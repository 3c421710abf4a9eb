//! Hash maps, after Zig 0.14's `std.HashMap` and `std.HashMapUnmanaged`: open addressing with
//! linear probing over one allocation that holds a header, a metadata byte per slot (used bit
//! and 7 bits of the hash), the keys and the values. The capacity is a power of two, at least
//! 8, and the map grows (into a new allocation) before it is more than 80% full. Removing
//! leaves a tombstone. Functions call each other as Zig's do, so allocation traces match.

const std = @import("std.zig");
const mem = std.mem;
const math = std.math;
const Allocator = mem.Allocator;

pub const default_max_load_percentage = 80;

pub fn StringHashMap(comptime V: type) type {
    return HashMap([]const u8, V, StringContext, default_max_load_percentage);
}

pub fn StringHashMapUnmanaged(comptime V: type) type {
    return HashMapUnmanaged([]const u8, V, StringContext, default_max_load_percentage);
}

pub fn AutoHashMap(comptime K: type, comptime V: type) type {
    return HashMap(K, V, AutoContext(K), default_max_load_percentage);
}

pub fn AutoHashMapUnmanaged(comptime K: type, comptime V: type) type {
    return HashMapUnmanaged(K, V, AutoContext(K), default_max_load_percentage);
}

pub const StringContext = struct {
    pub fn hash(self: @This(), s: []const u8) u64 {
        _ = self;
        return hashString(s);
    }
    pub fn eql(self: @This(), a: []const u8, b: []const u8) bool {
        _ = self;
        return eqlString(a, b);
    }
};

pub fn eqlString(a: []const u8, b: []const u8) bool {
    return mem.eql(u8, a, b);
}

pub fn hashString(s: []const u8) u64 {
    return std.hash.Wyhash.hash(0, s);
}

pub fn AutoContext(comptime K: type) type {
    if (K == []const u8 or K == []u8) @compileError("std.hash.autoHash does not allow slices here (" ++ @typeName(K) ++ ") because the intent is unclear. Consider using std.StringHashMap for hashing the contents of []const u8. Alternatively, consider using std.hash.autoHashStrat or providing your own hash function instead.");
    return struct {
        pub fn hash(ctx: @This(), key: K) u64 {
            _ = ctx;
            return std.hash.autoHashWyhash(key);
        }
        pub fn eql(ctx: @This(), a: K, b: K) bool {
            _ = ctx;
            return std.meta.eql(a, b);
        }
    };
}

/// One byte per slot: bit 7 says the slot is used, bits 0-6 hold the top 7 bits of the hash.
/// A free slot is 0; a tombstone (a removed entry) is 1.
const Metadata = struct {
    const slot_free: u8 = 0;
    const slot_tombstone: u8 = 1;
    const used_bit: u8 = 0x80;

    fn isUsed(m: u8) bool {
        return m & used_bit != 0;
    }
    fn isTombstone(m: u8) bool {
        return m == slot_tombstone;
    }
    fn isFree(m: u8) bool {
        return m == slot_free;
    }
    fn fingerprint(m: u8) u8 {
        return m & 0x7f;
    }
    fn takeFingerprint(hash: u64) u8 {
        return @intCast(hash >> (64 - 7));
    }
    fn filled(fp: u8) u8 {
        return used_bit | fp;
    }
};

pub fn HashMap(comptime K: type, comptime V: type, comptime Context: type, comptime max_load_percentage: u64) type {
    return struct {
        unmanaged: Unmanaged,
        allocator: Allocator,
        ctx: Context,

        const Self = @This();
        pub const Unmanaged = HashMapUnmanaged(K, V, Context, max_load_percentage);
        pub const Entry = Unmanaged.Entry;
        pub const KV = Unmanaged.KV;
        pub const GetOrPutResult = Unmanaged.GetOrPutResult;
        pub const Iterator = Unmanaged.Iterator;
        pub const KeyIterator = Unmanaged.KeyIterator;
        pub const ValueIterator = Unmanaged.ValueIterator;
        pub const Size = Unmanaged.Size;

        pub fn init(allocator: Allocator) Self {
            return .{
                .unmanaged = .empty,
                .allocator = allocator,
                .ctx = undefined, // contexts here have no fields
            };
        }

        pub fn deinit(self: *Self) void {
            self.unmanaged.deinit(self.allocator);
            self.* = undefined;
        }

        pub fn clearRetainingCapacity(self: *Self) void {
            return self.unmanaged.clearRetainingCapacity();
        }

        pub fn clearAndFree(self: *Self) void {
            return self.unmanaged.clearAndFree(self.allocator);
        }

        pub fn count(self: Self) Size {
            return self.unmanaged.count();
        }

        pub fn capacity(self: Self) Size {
            return self.unmanaged.capacity();
        }

        pub fn iterator(self: *const Self) Iterator {
            return self.unmanaged.iterator();
        }

        pub fn keyIterator(self: Self) KeyIterator {
            return self.unmanaged.keyIterator();
        }

        pub fn valueIterator(self: Self) ValueIterator {
            return self.unmanaged.valueIterator();
        }

        pub fn getOrPut(self: *Self, key: K) Allocator.Error!GetOrPutResult {
            return self.unmanaged.getOrPutContext(self.allocator, key, self.ctx);
        }

        pub fn getOrPutValue(self: *Self, key: K, value: V) Allocator.Error!Entry {
            return self.unmanaged.getOrPutValueContext(self.allocator, key, value, self.ctx);
        }

        pub fn ensureTotalCapacity(self: *Self, expected_count: Size) Allocator.Error!void {
            return self.unmanaged.ensureTotalCapacityContext(self.allocator, expected_count, self.ctx);
        }

        pub fn ensureUnusedCapacity(self: *Self, additional_count: Size) Allocator.Error!void {
            return self.unmanaged.ensureUnusedCapacityContext(self.allocator, additional_count, self.ctx);
        }

        /// Inserts or replaces the value for `key`.
        pub fn put(self: *Self, key: K, value: V) Allocator.Error!void {
            return self.unmanaged.putContext(self.allocator, key, value, self.ctx);
        }

        pub fn putNoClobber(self: *Self, key: K, value: V) Allocator.Error!void {
            return self.unmanaged.putNoClobberContext(self.allocator, key, value, self.ctx);
        }

        pub fn putAssumeCapacity(self: *Self, key: K, value: V) void {
            return self.unmanaged.putAssumeCapacityContext(key, value, self.ctx);
        }

        pub fn fetchPut(self: *Self, key: K, value: V) Allocator.Error!?KV {
            return self.unmanaged.fetchPutContext(self.allocator, key, value, self.ctx);
        }

        pub fn get(self: Self, key: K) ?V {
            return self.unmanaged.getContext(key, self.ctx);
        }

        pub fn getPtr(self: Self, key: K) ?*V {
            return self.unmanaged.getPtrContext(key, self.ctx);
        }

        pub fn getKey(self: Self, key: K) ?K {
            return self.unmanaged.getKeyContext(key, self.ctx);
        }

        pub fn getEntry(self: Self, key: K) ?Entry {
            return self.unmanaged.getEntryContext(key, self.ctx);
        }

        pub fn contains(self: Self, key: K) bool {
            return self.unmanaged.containsContext(key, self.ctx);
        }

        pub fn fetchRemove(self: *Self, key: K) ?KV {
            return self.unmanaged.fetchRemoveContext(key, self.ctx);
        }

        /// Removes `key`; true when it was there.
        pub fn remove(self: *Self, key: K) bool {
            return self.unmanaged.removeContext(key, self.ctx);
        }

        pub fn removeByPtr(self: *Self, key_ptr: *K) void {
            self.unmanaged.removeByPtr(key_ptr);
        }
    };
}

pub fn HashMapUnmanaged(comptime K: type, comptime V: type, comptime Context: type, comptime max_load_percentage: u64) type {
    return struct {
        const Self = @This();

        /// Pointer to the metadata; the header sits just before it. Null before the first put.
        metadata: ?[*]u8 = null,
        /// Number of entries.
        size: Size = 0,
        /// How many more entries fit before the map must grow.
        available: Size = 0,
        pointer_stability: std.debug.SafetyLock = .{},

        const minimal_capacity = 8;

        pub const Size = u32;

        pub const empty: Self = .{
            .metadata = null,
            .size = 0,
            .available = 0,
            .pointer_stability = .{},
        };

        pub const Entry = struct {
            key_ptr: *K,
            value_ptr: *V,
        };

        pub const KV = struct {
            key: K,
            value: V,
        };

        const Header = struct {
            values: [*]V,
            keys: [*]K,
            capacity: Size,
        };

        pub const GetOrPutResult = struct {
            key_ptr: *K,
            value_ptr: *V,
            found_existing: bool,
        };

        pub const Iterator = struct {
            hm: *const Self,
            index: Size = 0,

            pub fn next(it: *Iterator) ?Entry {
                if (it.hm.size == 0) return null;
                const cap = it.hm.capacity();
                while (it.index < cap) : (it.index += 1) {
                    if (Metadata.isUsed(it.hm.metadata.?[it.index])) {
                        const key = &it.hm.keys()[it.index];
                        const value = &it.hm.values()[it.index];
                        it.index += 1;
                        return Entry{ .key_ptr = key, .value_ptr = value };
                    }
                }
                return null;
            }
        };

        pub const KeyIterator = struct {
            it: Iterator,

            pub fn next(self: *KeyIterator) ?*K {
                const entry = self.it.next() orelse return null;
                return entry.key_ptr;
            }
        };

        pub const ValueIterator = struct {
            it: Iterator,

            pub fn next(self: *ValueIterator) ?*V {
                const entry = self.it.next() orelse return null;
                return entry.value_ptr;
            }
        };

        fn isUnderMaxLoadPercentage(size: u64, cap: u64) bool {
            return size * 100 < max_load_percentage * cap;
        }

        pub fn deinit(self: *Self, allocator: Allocator) void {
            self.pointer_stability.assertUnlocked();
            self.deallocate(allocator);
            self.* = undefined;
        }

        /// The smallest power-of-two capacity that holds `size` entries under the load limit.
        fn capacityForSize(size: Size) Size {
            var new_cap: u32 = @truncate((@as(u64, size) * 100) / max_load_percentage + 1);
            new_cap = math.ceilPowerOfTwo(u32, new_cap) catch unreachable;
            return new_cap;
        }

        pub fn ensureTotalCapacity(self: *Self, allocator: Allocator, new_size: Size) Allocator.Error!void {
            return ensureTotalCapacityContext(self, allocator, new_size, undefined);
        }

        pub fn ensureTotalCapacityContext(self: *Self, allocator: Allocator, new_size: Size, ctx: Context) Allocator.Error!void {
            if (new_size > self.size)
                try self.growIfNeeded(allocator, new_size - self.size, ctx);
        }

        pub fn ensureUnusedCapacity(self: *Self, allocator: Allocator, additional_size: Size) Allocator.Error!void {
            return ensureUnusedCapacityContext(self, allocator, additional_size, undefined);
        }

        pub fn ensureUnusedCapacityContext(self: *Self, allocator: Allocator, additional_size: Size, ctx: Context) Allocator.Error!void {
            return ensureTotalCapacityContext(self, allocator, self.count() + additional_size, ctx);
        }

        pub fn clearRetainingCapacity(self: *Self) void {
            if (self.metadata) |md| {
                @memset(md[0..self.capacity()], Metadata.slot_free);
                self.size = 0;
                self.available = @truncate((self.capacity() * max_load_percentage) / 100);
            }
        }

        pub fn clearAndFree(self: *Self, allocator: Allocator) void {
            self.deallocate(allocator);
            self.size = 0;
            self.available = 0;
        }

        pub fn count(self: Self) Size {
            return self.size;
        }

        fn header(self: Self) *Header {
            const p: [*]u8 = self.metadata.?;
            return @ptrCast(@alignCast(p - @sizeOf(Header)));
        }

        fn keys(self: Self) [*]K {
            return self.header().keys;
        }

        fn values(self: Self) [*]V {
            return self.header().values;
        }

        pub fn capacity(self: Self) Size {
            if (self.metadata == null) return 0;
            return self.header().capacity;
        }

        pub fn iterator(self: *const Self) Iterator {
            return .{ .hm = self };
        }

        pub fn keyIterator(self: *const Self) KeyIterator {
            return .{ .it = self.iterator() };
        }

        pub fn valueIterator(self: *const Self) ValueIterator {
            return .{ .it = self.iterator() };
        }

        pub fn putNoClobber(self: *Self, allocator: Allocator, key: K, value: V) Allocator.Error!void {
            return self.putNoClobberContext(allocator, key, value, undefined);
        }

        pub fn putNoClobberContext(self: *Self, allocator: Allocator, key: K, value: V, ctx: Context) Allocator.Error!void {
            std.debug.assert(!self.containsContext(key, ctx));
            try self.growIfNeeded(allocator, 1, ctx);
            self.putAssumeCapacityNoClobberContext(key, value, ctx);
        }

        pub fn putAssumeCapacity(self: *Self, key: K, value: V) void {
            return self.putAssumeCapacityContext(key, value, undefined);
        }

        pub fn putAssumeCapacityContext(self: *Self, key: K, value: V, ctx: Context) void {
            const gop = self.getOrPutAssumeCapacityContext(key, ctx);
            gop.value_ptr.* = value;
        }

        /// Inserts a key that is not in the map, into the first slot not in use.
        pub fn putAssumeCapacityNoClobberContext(self: *Self, key: K, value: V, ctx: Context) void {
            const hash = ctx.hash(key);
            const mask = self.capacity() - 1;
            var idx: usize = @truncate(hash & mask);

            while (Metadata.isUsed(self.metadata.?[idx])) {
                idx = (idx + 1) & mask;
            }

            std.debug.assert(self.available > 0);
            self.available -= 1;

            const fingerprint = Metadata.takeFingerprint(hash);
            self.metadata.?[idx] = Metadata.filled(fingerprint);
            self.keys()[idx] = key;
            self.values()[idx] = value;

            self.size += 1;
        }

        pub fn fetchPut(self: *Self, allocator: Allocator, key: K, value: V) Allocator.Error!?KV {
            return self.fetchPutContext(allocator, key, value, undefined);
        }

        pub fn fetchPutContext(self: *Self, allocator: Allocator, key: K, value: V, ctx: Context) Allocator.Error!?KV {
            const gop = try self.getOrPutContext(allocator, key, ctx);
            var result: ?KV = null;
            if (gop.found_existing) {
                result = KV{
                    .key = gop.key_ptr.*,
                    .value = gop.value_ptr.*,
                };
            }
            gop.value_ptr.* = value;
            return result;
        }

        pub fn fetchRemove(self: *Self, key: K) ?KV {
            return self.fetchRemoveContext(key, undefined);
        }

        pub fn fetchRemoveContext(self: *Self, key: K, ctx: Context) ?KV {
            if (self.getIndex(key, ctx)) |idx| {
                const old_key = &self.keys()[idx];
                const old_val = &self.values()[idx];
                const result = KV{
                    .key = old_key.*,
                    .value = old_val.*,
                };
                self.removeByIndex(idx);
                return result;
            }
            return null;
        }

        /// The slot of `key`, probing from its hash's slot until a free slot.
        fn getIndex(self: Self, key: K, ctx: Context) ?usize {
            if (self.size == 0) {
                return null;
            }

            const hash = ctx.hash(key);
            const mask = self.capacity() - 1;
            const fingerprint = Metadata.takeFingerprint(hash);
            // Don't loop indefinitely when there are no empty slots.
            var limit = self.capacity();
            var idx: usize = @truncate(hash & mask);

            var md = self.metadata.?[idx];
            while (!Metadata.isFree(md) and limit != 0) {
                if (Metadata.isUsed(md) and Metadata.fingerprint(md) == fingerprint) {
                    const test_key = &self.keys()[idx];
                    if (ctx.eql(key, test_key.*)) {
                        return idx;
                    }
                }

                limit -= 1;
                idx = (idx + 1) & mask;
                md = self.metadata.?[idx];
            }

            return null;
        }

        pub fn getEntry(self: Self, key: K) ?Entry {
            return self.getEntryContext(key, undefined);
        }

        pub fn getEntryContext(self: Self, key: K, ctx: Context) ?Entry {
            if (self.getIndex(key, ctx)) |idx| {
                return Entry{
                    .key_ptr = &self.keys()[idx],
                    .value_ptr = &self.values()[idx],
                };
            }
            return null;
        }

        pub fn put(self: *Self, allocator: Allocator, key: K, value: V) Allocator.Error!void {
            return self.putContext(allocator, key, value, undefined);
        }

        pub fn putContext(self: *Self, allocator: Allocator, key: K, value: V, ctx: Context) Allocator.Error!void {
            const result = try self.getOrPutContext(allocator, key, ctx);
            result.value_ptr.* = value;
        }

        pub fn getKeyPtr(self: Self, key: K) ?*K {
            return self.getKeyPtrContext(key, undefined);
        }

        pub fn getKeyPtrContext(self: Self, key: K, ctx: Context) ?*K {
            if (self.getIndex(key, ctx)) |idx| {
                return &self.keys()[idx];
            }
            return null;
        }

        pub fn getKey(self: Self, key: K) ?K {
            return self.getKeyContext(key, undefined);
        }

        pub fn getKeyContext(self: Self, key: K, ctx: Context) ?K {
            if (self.getIndex(key, ctx)) |idx| {
                return self.keys()[idx];
            }
            return null;
        }

        pub fn getPtr(self: Self, key: K) ?*V {
            return self.getPtrContext(key, undefined);
        }

        pub fn getPtrContext(self: Self, key: K, ctx: Context) ?*V {
            if (self.getIndex(key, ctx)) |idx| {
                return &self.values()[idx];
            }
            return null;
        }

        pub fn get(self: Self, key: K) ?V {
            return self.getContext(key, undefined);
        }

        pub fn getContext(self: Self, key: K, ctx: Context) ?V {
            if (self.getIndex(key, ctx)) |idx| {
                return self.values()[idx];
            }
            return null;
        }

        pub fn getOrPut(self: *Self, allocator: Allocator, key: K) Allocator.Error!GetOrPutResult {
            return self.getOrPutContext(allocator, key, undefined);
        }

        pub fn getOrPutContext(self: *Self, allocator: Allocator, key: K, ctx: Context) Allocator.Error!GetOrPutResult {
            const gop = try self.getOrPutContextAdapted(allocator, key, ctx);
            if (!gop.found_existing) {
                gop.key_ptr.* = key;
            }
            return gop;
        }

        /// Finds `key` or a slot for it, growing first; when growing fails the key may still be found.
        pub fn getOrPutContextAdapted(self: *Self, allocator: Allocator, key: K, ctx: Context) Allocator.Error!GetOrPutResult {
            self.growIfNeeded(allocator, 1, ctx) catch |err| {
                // If allocation fails, try to do the lookup anyway.
                // If we find an existing item, we can return it.
                // Otherwise return the error, we could not add another.
                const index = self.getIndex(key, ctx) orelse return err;
                return GetOrPutResult{
                    .key_ptr = &self.keys()[index],
                    .value_ptr = &self.values()[index],
                    .found_existing = true,
                };
            };
            return self.getOrPutAssumeCapacityAdapted(key, ctx);
        }

        pub fn getOrPutAssumeCapacity(self: *Self, key: K) GetOrPutResult {
            return self.getOrPutAssumeCapacityContext(key, undefined);
        }

        pub fn getOrPutAssumeCapacityContext(self: *Self, key: K, ctx: Context) GetOrPutResult {
            const result = self.getOrPutAssumeCapacityAdapted(key, ctx);
            if (!result.found_existing) {
                result.key_ptr.* = key;
            }
            return result;
        }

        pub fn getOrPutAssumeCapacityAdapted(self: *Self, key: K, ctx: Context) GetOrPutResult {
            const hash = ctx.hash(key);
            const mask = self.capacity() - 1;
            const fingerprint = Metadata.takeFingerprint(hash);
            var limit = self.capacity();
            var idx: usize = @truncate(hash & mask);

            var first_tombstone_idx: usize = self.capacity(); // invalid index
            var md = self.metadata.?[idx];
            while (!Metadata.isFree(md) and limit != 0) {
                if (Metadata.isUsed(md) and Metadata.fingerprint(md) == fingerprint) {
                    const test_key = &self.keys()[idx];
                    if (ctx.eql(key, test_key.*)) {
                        return GetOrPutResult{
                            .key_ptr = test_key,
                            .value_ptr = &self.values()[idx],
                            .found_existing = true,
                        };
                    }
                } else if (first_tombstone_idx == self.capacity() and Metadata.isTombstone(md)) {
                    first_tombstone_idx = idx;
                }

                limit -= 1;
                idx = (idx + 1) & mask;
                md = self.metadata.?[idx];
            }

            if (first_tombstone_idx < self.capacity()) {
                // Cheap try to lower probing lengths after deletions. Recycle a tombstone.
                idx = first_tombstone_idx;
            }
            // We're using a slot previously free or a tombstone.
            self.available -= 1;

            self.metadata.?[idx] = Metadata.filled(fingerprint);
            const new_key = &self.keys()[idx];
            const new_value = &self.values()[idx];
            new_key.* = undefined;
            new_value.* = undefined;
            self.size += 1;

            return GetOrPutResult{
                .key_ptr = new_key,
                .value_ptr = new_value,
                .found_existing = false,
            };
        }

        pub fn getOrPutValue(self: *Self, allocator: Allocator, key: K, value: V) Allocator.Error!Entry {
            return self.getOrPutValueContext(allocator, key, value, undefined);
        }

        pub fn getOrPutValueContext(self: *Self, allocator: Allocator, key: K, value: V, ctx: Context) Allocator.Error!Entry {
            const res = try self.getOrPutContextAdapted(allocator, key, ctx);
            if (!res.found_existing) {
                res.key_ptr.* = key;
                res.value_ptr.* = value;
            }
            return Entry{ .key_ptr = res.key_ptr, .value_ptr = res.value_ptr };
        }

        pub fn contains(self: Self, key: K) bool {
            return self.containsContext(key, undefined);
        }

        pub fn containsContext(self: Self, key: K, ctx: Context) bool {
            return self.getIndex(key, ctx) != null;
        }

        fn removeByIndex(self: *Self, idx: usize) void {
            self.metadata.?[idx] = Metadata.slot_tombstone;
            self.keys()[idx] = undefined;
            self.values()[idx] = undefined;
            self.size -= 1;
            self.available += 1;
        }

        pub fn remove(self: *Self, key: K) bool {
            return self.removeContext(key, undefined);
        }

        pub fn removeContext(self: *Self, key: K, ctx: Context) bool {
            if (self.getIndex(key, ctx)) |idx| {
                self.removeByIndex(idx);
                return true;
            }
            return false;
        }

        pub fn removeByPtr(self: *Self, key_ptr: *K) void {
            const idx = (@intFromPtr(key_ptr) - @intFromPtr(self.keys())) / @sizeOf(K);
            self.removeByIndex(idx);
        }

        /// Entries the map holds now, counting the room used by tombstones.
        fn load(self: Self) Size {
            const max_load = (self.capacity() * max_load_percentage) / 100;
            std.debug.assert(max_load >= self.available);
            return @truncate(max_load - self.available);
        }

        fn growIfNeeded(self: *Self, allocator: Allocator, new_count: Size, ctx: Context) Allocator.Error!void {
            if (new_count > self.available) {
                try self.grow(allocator, capacityForSize(self.load() + new_count), ctx);
            }
        }

        /// Moves every entry into a new allocation of `new_capacity` slots and frees the old one.
        fn grow(self: *Self, allocator: Allocator, new_capacity: Size, ctx: Context) Allocator.Error!void {
            const new_cap = @max(new_capacity, minimal_capacity);
            std.debug.assert(new_cap > self.capacity());
            std.debug.assert(math.isPowerOfTwo(new_cap));

            var map: Self = .{};
            try map.allocate(allocator, new_cap);
            map.initMetadatas();
            map.available = @truncate((new_cap * max_load_percentage) / 100);

            if (self.size != 0) {
                const old_capacity = self.capacity();
                var i: usize = 0;
                while (i < old_capacity) : (i += 1) {
                    if (!Metadata.isUsed(self.metadata.?[i])) continue;
                    map.putAssumeCapacityNoClobberContext(self.keys()[i], self.values()[i], ctx);
                    if (map.size == self.size) break;
                }
            }

            self.size = 0;
            self.pointer_stability = .{};
            mem.swap(Self, self, &map);
            map.deinit(allocator);
        }

        fn initMetadatas(self: *Self) void {
            @memset(self.metadata.?[0..self.capacity()], Metadata.slot_free);
        }

        /// Where the keys and values start in the one allocation (header, metadata, keys,
        /// values, each aligned), and its total size.
        const Offsets = struct { keys_start: usize, vals_start: usize, total_size: usize };

        fn offsets(cap: usize) Offsets {
            const meta_size = @sizeOf(Header) + cap;
            const keys_start = mem.alignForward(usize, meta_size, key_align);
            const keys_end = keys_start + cap * @sizeOf(K);
            const vals_start = mem.alignForward(usize, keys_end, val_align);
            const vals_end = vals_start + cap * @sizeOf(V);
            return .{ .keys_start = keys_start, .vals_start = vals_start, .total_size = mem.alignForward(usize, vals_end, max_align) };
        }

        const key_align = if (@sizeOf(K) == 0) 1 else @alignOf(K);
        const val_align = if (@sizeOf(V) == 0) 1 else @alignOf(V);
        const max_align = @max(@alignOf(Header), key_align, val_align);

        fn allocate(self: *Self, allocator: Allocator, new_capacity: Size) Allocator.Error!void {
            const at = offsets(new_capacity);
            const slice = try allocator.alignedAlloc(u8, max_align, at.total_size);
            const ptr: [*]u8 = slice.ptr;

            const hdr: *Header = @ptrCast(@alignCast(ptr));
            hdr.values = @ptrCast(@alignCast(ptr + at.vals_start));
            hdr.keys = @ptrCast(@alignCast(ptr + at.keys_start));
            hdr.capacity = new_capacity;
            self.metadata = ptr + @sizeOf(Header);
        }

        fn deallocate(self: *Self, allocator: Allocator) void {
            if (self.metadata == null) return;

            const start: [*]u8 = @ptrCast(self.header());
            allocator.freeAligned(start[0..offsets(self.capacity()).total_size], comptime mem.Alignment.fromByteUnits(max_align));

            self.metadata = null;
            self.available = 0;
        }
    };
}
