const std = @import("std.zig");

pub const Allocator = @import("mem/Allocator.zig");

pub const page_size = 4096;

/// Wraps an allocator (an `Allocator` or anything with an `allocator()` method) in a
/// `ValidationAllocator`, which asserts that both sides keep the Allocator interface's rules.
pub fn validationWrap(allocator: anytype) ValidationAllocator(@TypeOf(allocator)) {
    return ValidationAllocator(@TypeOf(allocator)).init(allocator);
}

/// Asserts on every call that lengths are nonzero and that returned memory has the requested
/// alignment, after Zig 0.14's `std.mem.ValidationAllocator`.
pub fn ValidationAllocator(comptime T: type) type {
    return struct {
        const Self = @This();

        underlying_allocator: T,

        pub fn init(underlying_allocator: T) @This() {
            return .{ .underlying_allocator = underlying_allocator };
        }

        pub fn allocator(self: *Self) Allocator {
            return .{
                .ptr = self,
                .vtable = &.{
                    .alloc = alloc,
                    .resize = resize,
                    .remap = remap,
                    .free = free,
                },
            };
        }

        fn getUnderlyingAllocatorPtr(self: *Self) Allocator {
            return if (T == Allocator) self.underlying_allocator else self.underlying_allocator.allocator();
        }

        pub fn alloc(ctx: *anyopaque, n: usize, alignment: Alignment, ret_addr: usize) ?[*]u8 {
            std.debug.assert(n > 0);
            const self: *Self = @ptrCast(@alignCast(ctx));
            const underlying = self.getUnderlyingAllocatorPtr();
            const result = underlying.rawAlloc(n, alignment, ret_addr) orelse return null;
            std.debug.assert(alignment.check(@intFromPtr(result)));
            return result;
        }

        pub fn resize(ctx: *anyopaque, buf: []u8, alignment: Alignment, new_len: usize, ret_addr: usize) bool {
            const self: *Self = @ptrCast(@alignCast(ctx));
            std.debug.assert(buf.len > 0);
            const underlying = self.getUnderlyingAllocatorPtr();
            return underlying.rawResize(buf, alignment, new_len, ret_addr);
        }

        pub fn remap(ctx: *anyopaque, buf: []u8, alignment: Alignment, new_len: usize, ret_addr: usize) ?[*]u8 {
            const self: *Self = @ptrCast(@alignCast(ctx));
            std.debug.assert(buf.len > 0);
            const underlying = self.getUnderlyingAllocatorPtr();
            return underlying.rawRemap(buf, alignment, new_len, ret_addr);
        }

        pub fn free(ctx: *anyopaque, buf: []u8, alignment: Alignment, ret_addr: usize) void {
            const self: *Self = @ptrCast(@alignCast(ctx));
            std.debug.assert(buf.len > 0);
            const underlying = self.getUnderlyingAllocatorPtr();
            underlying.rawFree(buf, alignment, ret_addr);
        }

        pub fn reset(self: *Self) void {
            self.underlying_allocator.reset();
        }
    };
}

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

pub fn indexOfScalarPos(comptime T: type, slice: []const T, start: usize, value: T) ?usize {
    var i = start;
    while (i < slice.len) : (i += 1) {
        if (slice[i] == value) return i;
    }
    return null;
}

pub fn indexOfAnyPos(comptime T: type, slice: []const T, start: usize, values: []const T) ?usize {
    var i = start;
    while (i < slice.len) : (i += 1) {
        if (indexOfScalar(T, values, slice[i]) != null) return i;
    }
    return null;
}

pub fn indexOfAny(comptime T: type, slice: []const T, values: []const T) ?usize {
    return indexOfAnyPos(T, slice, 0, values);
}

pub fn indexOfPos(comptime T: type, haystack: []const T, start: usize, needle: []const T) ?usize {
    if (start > haystack.len) return null;
    const found = indexOf(T, haystack[start..], needle) orelse return null;
    return start + found;
}

pub fn lastIndexOfScalar(comptime T: type, slice: []const T, value: T) ?usize {
    var i = slice.len;
    while (i > 0) {
        i -= 1;
        if (slice[i] == value) return i;
    }
    return null;
}

pub fn lastIndexOf(comptime T: type, haystack: []const T, needle: []const T) ?usize {
    if (needle.len > haystack.len) return null;
    var i = haystack.len - needle.len + 1;
    while (i > 0) {
        i -= 1;
        if (eql(T, haystack[i .. i + needle.len], needle)) return i;
    }
    return null;
}

/// How many times `needle` occurs in `haystack`, not overlapping.
pub fn count(comptime T: type, haystack: []const T, needle: []const T) usize {
    std.debug.assert(needle.len > 0);
    var n: usize = 0;
    var i: usize = 0;
    while (indexOfPos(T, haystack, i, needle)) |at| {
        n += 1;
        i = at + needle.len;
    }
    return n;
}

pub fn containsAtLeast(comptime T: type, haystack: []const T, expected_count: usize, needle: []const T) bool {
    return count(T, haystack, needle) >= expected_count;
}

/// `slice` without the leading items that are in `values_to_strip`.
pub fn trimLeft(comptime T: type, slice: []const T, values_to_strip: []const T) []const T {
    var begin: usize = 0;
    while (begin < slice.len and indexOfScalar(T, values_to_strip, slice[begin]) != null) : (begin += 1) {}
    return slice[begin..];
}

/// `slice` without the trailing items that are in `values_to_strip`.
pub fn trimRight(comptime T: type, slice: []const T, values_to_strip: []const T) []const T {
    var end: usize = slice.len;
    while (end > 0 and indexOfScalar(T, values_to_strip, slice[end - 1]) != null) : (end -= 1) {}
    return slice[0..end];
}

/// `slice` without the leading and trailing items that are in `values_to_strip`.
pub fn trim(comptime T: type, slice: []const T, values_to_strip: []const T) []const T {
    return trimRight(T, trimLeft(T, slice, values_to_strip), values_to_strip);
}

/// The largest item; `slice` must not be empty.
pub fn max(comptime T: type, slice: []const T) T {
    std.debug.assert(slice.len > 0);
    var best = slice[0];
    for (slice[1..]) |item| best = @max(best, item);
    return best;
}

/// The smallest item; `slice` must not be empty.
pub fn min(comptime T: type, slice: []const T) T {
    std.debug.assert(slice.len > 0);
    var best = slice[0];
    for (slice[1..]) |item| best = @min(best, item);
    return best;
}

pub fn swap(comptime T: type, a: *T, b: *T) void {
    const tmp = a.*;
    a.* = b.*;
    b.* = tmp;
}

/// Sorts `items` in place, keeping equal items in their order (stable), as `std.sort.block` does.
pub fn sort(comptime T: type, items: []T, context: anytype, comptime lessThan: fn (@TypeOf(context), T, T) bool) void {
    std.sort.insertion(T, items, context, lessThan);
}

pub const DelimiterType = enum { sequence, any, scalar };

/// Iterates over the tokens of `buffer`: the runs of items between delimiters, empty runs skipped.
pub fn TokenIterator(comptime T: type, comptime delimiter_type: DelimiterType) type {
    return struct {
        buffer: []const T,
        delimiter: if (delimiter_type == .scalar) T else []const T,
        index: usize,

        const Self = @This();

        /// The next token, or null after the last one.
        pub fn next(self: *Self) ?[]const T {
            const token = self.peek() orelse return null;
            self.index += token.len;
            return token;
        }

        /// The next token without moving past it, or null after the last one.
        pub fn peek(self: *Self) ?[]const T {
            while (self.index < self.buffer.len and self.delimiterAt(self.index)) self.index += self.delimiterLen();
            const start = self.index;
            if (start == self.buffer.len) return null;
            var end = start;
            while (end < self.buffer.len and !self.delimiterAt(end)) end += 1;
            return self.buffer[start..end];
        }

        /// What is left after the delimiters that follow the current position.
        pub fn rest(self: Self) []const T {
            var i = self.index;
            while (i < self.buffer.len and self.delimiterAt(i)) i += self.delimiterLen();
            return self.buffer[i..];
        }

        pub fn reset(self: *Self) void {
            self.index = 0;
        }

        fn delimiterLen(self: Self) usize {
            return if (delimiter_type == .sequence) self.delimiter.len else 1;
        }

        fn delimiterAt(self: Self, i: usize) bool {
            return switch (delimiter_type) {
                .sequence => startsWith(T, self.buffer[i..], self.delimiter),
                .any => indexOfScalar(T, self.delimiter, self.buffer[i]) != null,
                .scalar => self.buffer[i] == self.delimiter,
            };
        }
    };
}

/// Iterates over the fields of `buffer` between delimiters, empty fields included.
pub fn SplitIterator(comptime T: type, comptime delimiter_type: DelimiterType) type {
    return struct {
        buffer: []const T,
        index: ?usize,
        delimiter: if (delimiter_type == .scalar) T else []const T,

        const Self = @This();

        /// The first field; call it before any `next`.
        pub fn first(self: *Self) []const T {
            std.debug.assert(self.index.? == 0);
            return self.next().?;
        }

        /// The next field, or null after the last one.
        pub fn next(self: *Self) ?[]const T {
            const start = self.index orelse return null;
            if (self.findFrom(start)) |at| {
                self.index = at + (if (delimiter_type == .sequence) self.delimiter.len else 1);
                return self.buffer[start..at];
            }
            self.index = null;
            return self.buffer[start..];
        }

        /// The next field without moving past it, or null after the last one.
        pub fn peek(self: *Self) ?[]const T {
            const start = self.index orelse return null;
            const end = self.findFrom(start) orelse self.buffer.len;
            return self.buffer[start..end];
        }

        /// What is left from the current position.
        pub fn rest(self: Self) []const T {
            const start = self.index orelse self.buffer.len;
            return self.buffer[start..];
        }

        pub fn reset(self: *Self) void {
            self.index = 0;
        }

        fn findFrom(self: Self, start: usize) ?usize {
            return switch (delimiter_type) {
                .sequence => indexOfPos(T, self.buffer, start, self.delimiter),
                .any => indexOfAnyPos(T, self.buffer, start, self.delimiter),
                .scalar => indexOfScalarPos(T, self.buffer, start, self.delimiter),
            };
        }
    };
}

pub fn tokenizeScalar(comptime T: type, buffer: []const T, delimiter: T) TokenIterator(T, .scalar) {
    return .{ .index = 0, .buffer = buffer, .delimiter = delimiter };
}

pub fn tokenizeAny(comptime T: type, buffer: []const T, delimiters: []const T) TokenIterator(T, .any) {
    return .{ .index = 0, .buffer = buffer, .delimiter = delimiters };
}

pub fn tokenizeSequence(comptime T: type, buffer: []const T, delimiter: []const T) TokenIterator(T, .sequence) {
    std.debug.assert(delimiter.len != 0);
    return .{ .index = 0, .buffer = buffer, .delimiter = delimiter };
}

pub fn splitScalar(comptime T: type, buffer: []const T, delimiter: T) SplitIterator(T, .scalar) {
    return .{ .index = 0, .buffer = buffer, .delimiter = delimiter };
}

pub fn splitAny(comptime T: type, buffer: []const T, delimiters: []const T) SplitIterator(T, .any) {
    return .{ .index = 0, .buffer = buffer, .delimiter = delimiters };
}

pub fn splitSequence(comptime T: type, buffer: []const T, delimiter: []const T) SplitIterator(T, .sequence) {
    std.debug.assert(delimiter.len != 0);
    return .{ .index = 0, .buffer = buffer, .delimiter = delimiter };
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
