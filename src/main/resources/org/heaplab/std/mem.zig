const std = @import("std.zig");

pub const Allocator = @import("mem/Allocator.zig");

pub const page_size = 4096;

/// Stored as a power-of-two exponent: `.@"8"` is 3.
pub const Alignment = enum(u6) {
    @"1" = 0,
    @"2" = 1,
    @"4" = 2,
    @"8" = 3,
    @"16" = 4,
    @"32" = 5,
    @"64" = 6,
    _,

    pub fn toByteUnits(a: Alignment) usize {
        return @as(usize, 1) << @intFromEnum(a);
    }

    pub fn fromByteUnits(n: usize) Alignment {
        std.debug.assert(std.math.isPowerOfTwo(n));
        return @enumFromInt(@ctz(n));
    }

    pub fn of(comptime T: type) Alignment {
        return comptime fromByteUnits(@alignOf(T));
    }

    pub fn max(a: Alignment, b: Alignment) Alignment {
        return @enumFromInt(@max(@intFromEnum(a), @intFromEnum(b)));
    }

    pub fn min(a: Alignment, b: Alignment) Alignment {
        return @enumFromInt(@min(@intFromEnum(a), @intFromEnum(b)));
    }

    pub fn forward(a: Alignment, address: usize) usize {
        const x = (@as(usize, 1) << @intFromEnum(a)) - 1;
        return (address + x) & ~x;
    }

    pub fn backward(a: Alignment, address: usize) usize {
        const x = (@as(usize, 1) << @intFromEnum(a)) - 1;
        return address & ~x;
    }

    pub fn check(a: Alignment, address: usize) bool {
        return @ctz(address) >= @intFromEnum(a);
    }
};

pub fn eql(comptime T: type, a: []const T, b: []const T) bool {
    if (a.len != b.len) return false;
    if (a.len == 0 or a.ptr == b.ptr) return true;
    for (a, b) |a_elem, b_elem| {
        if (a_elem != b_elem) return false;
    }
    return true;
}

pub fn copyForwards(comptime T: type, dest: []T, source: []const T) void {
    for (dest[0..source.len], source) |*d, s| d.* = s;
}

pub fn copyBackwards(comptime T: type, dest: []T, source: []const T) void {
    var i = source.len;
    while (i > 0) {
        i -= 1;
        dest[i] = source[i];
    }
}

pub extern fn zeroes(comptime T: type) T;

pub fn indexOfScalar(comptime T: type, slice: []const T, value: T) ?usize {
    for (slice, 0..) |c, i| {
        if (c == value) return i;
    }
    return null;
}

pub fn indexOf(comptime T: type, haystack: []const T, needle: []const T) ?usize {
    if (needle.len > haystack.len) return null;
    var i: usize = 0;
    while (i + needle.len <= haystack.len) : (i += 1) {
        if (eql(T, haystack[i .. i + needle.len], needle)) return i;
    }
    return null;
}

pub fn startsWith(comptime T: type, haystack: []const T, needle: []const T) bool {
    return if (needle.len > haystack.len) false else eql(T, haystack[0..needle.len], needle);
}

pub fn endsWith(comptime T: type, haystack: []const T, needle: []const T) bool {
    return if (needle.len > haystack.len) false else eql(T, haystack[haystack.len - needle.len ..], needle);
}

pub fn reverse(comptime T: type, items: []T) void {
    var i: usize = 0;
    const end = items.len / 2;
    while (i < end) : (i += 1) {
        const tmp = items[i];
        items[i] = items[items.len - i - 1];
        items[items.len - i - 1] = tmp;
    }
}

pub fn sum(comptime T: type, items: []const T) T {
    var total: T = 0;
    for (items) |x| total += x;
    return total;
}

pub fn alignForward(comptime T: type, addr: T, alignment: T) T {
    std.debug.assert(std.math.isPowerOfTwo(alignment));
    return alignBackward(T, addr + (alignment - 1), alignment);
}

pub fn alignBackward(comptime T: type, addr: T, alignment: T) T {
    std.debug.assert(std.math.isPowerOfTwo(alignment));
    return addr & ~(alignment - 1);
}

pub fn isAligned(addr: usize, alignment: usize) bool {
    return alignBackward(usize, addr, alignment) == addr;
}

/// The bytes of a slice or single-item pointer, as a slice of u8.
pub fn sliceAsBytes(slice: anytype) []u8 {
    return @hl_sliceAsBytes(slice);
}

pub fn asBytes(ptr: anytype) []u8 {
    return @hl_sliceAsBytes(ptr);
}

pub fn bytesAsSlice(comptime T: type, bytes: []u8) []T {
    return @as([*]T, @ptrCast(@alignCast(bytes.ptr)))[0 .. bytes.len / @sizeOf(T)];
}
