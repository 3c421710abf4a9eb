//! Random numbers, after Zig 0.14's `std.Random`: a type-erased generator and the helpers
//! built on its bytes, so seeded programs draw the same numbers as in Zig.

const std = @import("std.zig");
const Random = @This();

ptr: *anyopaque,
fillFn: *const fn (ptr: *anyopaque, buf: []u8) void,

pub const DefaultPrng = Xoshiro256;

pub fn bytes(r: Random, buf: []u8) void {
    r.fillFn(r.ptr, buf);
}

pub fn boolean(r: Random) bool {
    return r.int(u8) & 1 != 0;
}

/// A uniformly distributed integer of type `T`.
pub fn int(r: Random, comptime T: type) T {
    const U = @hl_unsignedOf(T);
    var rand_bytes: [(@bitSizeOf(T) + 7) / 8]u8 = undefined;
    r.bytes(&rand_bytes);
    var result: u64 = 0;
    for (rand_bytes, 0..) |b, i| result |= @as(u64, b) << @intCast(i * 8);
    const unsigned: U = @truncate(result);
    return @bitCast(unsigned);
}

/// An integer in `[0, less_than)`, by Lemire's method as Zig computes it.
pub fn uintLessThan(r: Random, comptime T: type, less_than: T) T {
    std.debug.assert(0 < less_than);
    var x = r.int(T);
    var l = x *% less_than;
    var hi = @hl_mulHi(x, less_than);
    if (l < less_than) {
        var t = -%less_than;
        if (t >= less_than) {
            t -= less_than;
            if (t >= less_than) {
                t %= less_than;
            }
        }
        while (l < t) {
            x = r.int(T);
            l = x *% less_than;
            hi = @hl_mulHi(x, less_than);
        }
    }
    return hi;
}

pub fn uintAtMost(r: Random, comptime T: type, at_most: T) T {
    if (at_most == std.math.maxInt(T)) return r.int(T);
    return r.uintLessThan(T, at_most + 1);
}

pub fn intRangeLessThan(r: Random, comptime T: type, at_least: T, less_than: T) T {
    std.debug.assert(at_least < less_than);
    const U = @hl_unsignedOf(T);
    const lo: U = @bitCast(at_least);
    const hi: U = @bitCast(less_than);
    const result = lo +% r.uintLessThan(U, hi -% lo);
    return @bitCast(result);
}

pub fn intRangeAtMost(r: Random, comptime T: type, at_least: T, at_most: T) T {
    std.debug.assert(at_least <= at_most);
    const U = @hl_unsignedOf(T);
    const lo: U = @bitCast(at_least);
    const hi: U = @bitCast(at_most);
    const result = lo +% r.uintAtMost(U, hi -% lo);
    return @bitCast(result);
}

/// A float in `[0, 1)`, with Zig's exponent-biased construction.
pub fn float(r: Random, comptime T: type) T {
    // Generate a uniformly random value for the mantissa.
    // Then generate an exponentially biased random value for the exponent.
    // This covers every possible value in the range.
    switch (T) {
        f32 => {
            // Use 23 random bits for the mantissa, and the rest for the exponent.
            // If all 41 bits are zero, generate additional random bits, until a
            // set bit is found, or 126 bits have been generated.
            const rand = r.int(u64);
            var rand_lz = @clz(rand);
            if (rand_lz >= 41) {
                // TODO: when #5177 or #489 is implemented,
                // tell the compiler it is unlikely (1/2^41) to reach this point.
                // (Same for the if branch and the f64 calculations below.)
                rand_lz = 41 + @clz(r.int(u64));
                if (rand_lz == 41 + 64) {
                    // It is astronomically unlikely to reach this point.
                    rand_lz += @clz(r.int(u32) | 0x7FF);
                }
            }
            const mantissa: u23 = @truncate(rand);
            const exponent = @as(u32, 126 - rand_lz) << 23;
            return @bitCast(exponent | mantissa);
        },
        f64 => {
            // Use 52 random bits for the mantissa, and the rest for the exponent.
            // If all 12 bits are zero, generate additional random bits, until a
            // set bit is found, or 1022 bits have been generated.
            const rand = r.int(u64);
            var rand_lz: u64 = @clz(rand);
            if (rand_lz >= 12) {
                rand_lz = 12;
                while (true) {
                    // It is astronomically unlikely for this loop to execute more than once.
                    const addl_rand_lz = @clz(r.int(u64));
                    rand_lz += addl_rand_lz;
                    if (addl_rand_lz != 64) {
                        break;
                    }
                    if (rand_lz >= 1022) {
                        rand_lz = 1022;
                        break;
                    }
                }
            }
            const mantissa = rand & 0xFFFFFFFFFFFFF;
            const exponent = (1022 - rand_lz) << 52;
            return @bitCast(exponent | mantissa);
        },
        else => @compileError("unknown floating point type"),
    }
}

pub fn shuffle(r: Random, comptime T: type, buf: []T) void {
    if (buf.len < 2) return;
    var i: usize = 0;
    while (i < buf.len - 1) : (i += 1) {
        const j = r.intRangeLessThan(usize, i, buf.len);
        const tmp = buf[i];
        buf[i] = buf[j];
        buf[j] = tmp;
    }
}

pub const SplitMix64 = struct {
    s: u64,

    pub fn init(seed: u64) SplitMix64 {
        return .{ .s = seed };
    }

    pub fn next(self: *SplitMix64) u64 {
        self.s +%= 0x9e3779b97f4a7c15;
        var z = self.s;
        z = (z ^ (z >> 30)) *% 0xbf58476d1ce4e5b9;
        z = (z ^ (z >> 27)) *% 0x94d049bb133111eb;
        return z ^ (z >> 31);
    }
};

/// xoshiro256++, Zig's default generator.
pub const Xoshiro256 = struct {
    s: [4]u64,

    pub fn init(init_s: u64) Xoshiro256 {
        var x = Xoshiro256{ .s = undefined };
        x.seed(init_s);
        return x;
    }

    pub fn random(self: *Xoshiro256) Random {
        return .{ .ptr = self, .fillFn = fillErased };
    }

    fn fillErased(ptr: *anyopaque, buf: []u8) void {
        const self: *Xoshiro256 = @ptrCast(@alignCast(ptr));
        self.fill(buf);
    }

    pub fn next(self: *Xoshiro256) u64 {
        const r = std.math.rotl(u64, self.s[0] +% self.s[3], 23) +% self.s[0];
        const t = self.s[1] << 17;
        self.s[2] ^= self.s[0];
        self.s[3] ^= self.s[1];
        self.s[1] ^= self.s[2];
        self.s[0] ^= self.s[3];
        self.s[2] ^= t;
        self.s[3] = std.math.rotl(u64, self.s[3], 45);
        return r;
    }

    pub fn seed(self: *Xoshiro256, init_s: u64) void {
        var gen = SplitMix64.init(init_s);
        self.s[0] = gen.next();
        self.s[1] = gen.next();
        self.s[2] = gen.next();
        self.s[3] = gen.next();
    }

    pub fn fill(self: *Xoshiro256, buf: []u8) void {
        var i: usize = 0;
        const aligned_len = buf.len - (buf.len & 7);
        while (i < aligned_len) : (i += 8) {
            var n = self.next();
            var j: usize = 0;
            while (j < 8) : (j += 1) {
                buf[i + j] = @as(u8, @truncate(n));
                n >>= 8;
            }
        }
        if (i != buf.len) {
            var n = self.next();
            while (i < buf.len) : (i += 1) {
                buf[i] = @as(u8, @truncate(n));
                n >>= 8;
            }
        }
    }
};
