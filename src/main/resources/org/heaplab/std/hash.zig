//! Hash functions, after Zig 0.14's `std.hash`. Heap Lab computes Wyhash in Java; the results
//! are Zig's, so hash maps place (and iterate) their entries as in Zig.

pub const Wyhash = struct {
    pub fn hash(seed: u64, input: []const u8) u64 {
        return wyhash(seed, input);
    }
};

extern fn wyhash(seed: u64, input: []const u8) u64;

/// Hashes a key by its value as `std.hash.autoHash` does with a Wyhash seeded with 0: integers,
/// enums, bools and pointers by their bytes, structs and arrays member by member.
pub extern fn autoHashWyhash(key: anytype) u64;

/// CRC-32 (ISO-HDLC, the zlib/PNG one): reflected polynomial 0xEDB88320, as `std.hash.Crc32`.
pub const Crc32 = struct {
    crc: u32 = 0xffffffff,

    const table: [256]u32 = blk: {
        @setEvalBranchQuota(10000);
        var t: [256]u32 = undefined;
        for (&t, 0..) |*entry, i| {
            var c: u32 = @intCast(i);
            for (0..8) |_| c = if (c & 1 != 0) (c >> 1) ^ 0xedb88320 else c >> 1;
            entry.* = c;
        }
        break :blk t;
    };

    pub fn init() Crc32 {
        return .{};
    }

    pub fn update(self: *Crc32, bytes: []const u8) void {
        for (bytes) |b| self.crc = table[@as(u8, @truncate(self.crc)) ^ b] ^ (self.crc >> 8);
    }

    pub fn final(self: Crc32) u32 {
        return ~self.crc;
    }

    pub fn hash(bytes: []const u8) u32 {
        var c = Crc32.init();
        c.update(bytes);
        return c.final();
    }
};

/// Adler-32, as `std.hash.Adler32`.
pub const Adler32 = struct {
    adler: u32 = 1,

    pub fn init() Adler32 {
        return .{};
    }

    pub fn update(self: *Adler32, bytes: []const u8) void {
        var s1 = self.adler & 0xffff;
        var s2 = (self.adler >> 16) & 0xffff;
        for (bytes) |b| {
            s1 = (s1 + b) % 65521;
            s2 = (s2 + s1) % 65521;
        }
        self.adler = s1 | (s2 << 16);
    }

    pub fn final(self: Adler32) u32 {
        return self.adler;
    }

    pub fn hash(bytes: []const u8) u32 {
        var a = Adler32.init();
        a.update(bytes);
        return a.final();
    }
};

/// FNV-1a, as `std.hash.Fnv1a_32` / `Fnv1a_64`.
fn Fnv1a(comptime T: type, comptime prime: T, comptime offset: T) type {
    return struct {
        const Self = @This();
        value: T = offset,

        pub fn init() Self {
            return .{};
        }

        pub fn update(self: *Self, bytes: []const u8) void {
            for (bytes) |b| {
                self.value ^= b;
                self.value *%= prime;
            }
        }

        pub fn final(self: Self) T {
            return self.value;
        }

        pub fn hash(bytes: []const u8) T {
            var h = Self.init();
            h.update(bytes);
            return h.final();
        }
    };
}

pub const Fnv1a_32 = Fnv1a(u32, 0x01000193, 0x811c9dc5);
pub const Fnv1a_64 = Fnv1a(u64, 0x100000001b3, 0xcbf29ce484222325);
