//! A stack of bits kept in an `ArrayList(u8)`, after Zig 0.14's `std.BitStack`. The JSON
//! writer records in one whether each open container is an object or an array.

const std = @import("std.zig");
const Allocator = std.mem.Allocator;
const BitStack = @This();

bytes: std.ArrayList(u8),
bit_len: usize = 0,

pub fn init(allocator: Allocator) @This() {
    return .{
        .bytes = std.ArrayList(u8).init(allocator),
    };
}

pub fn deinit(self: *@This()) void {
    self.bytes.deinit();
    self.* = undefined;
}

pub fn ensureTotalCapacity(self: *@This(), bit_capacity: usize) Allocator.Error!void {
    const byte_capacity = (bit_capacity + 7) >> 3;
    try self.bytes.ensureTotalCapacity(byte_capacity);
}

pub fn push(self: *@This(), b: u1) Allocator.Error!void {
    const byte_index = self.bit_len >> 3;
    if (self.bytes.items.len <= byte_index) {
        try self.bytes.append(0);
    }
    const bit_index: u3 = @intCast(self.bit_len & 7);
    self.bytes.items[byte_index] &= ~(@as(u8, 1) << bit_index);
    self.bytes.items[byte_index] |= @as(u8, b) << bit_index;
    self.bit_len += 1;
}

pub fn peek(self: *const @This()) u1 {
    const byte_index = (self.bit_len - 1) >> 3;
    const bit_index: u3 = @intCast((self.bit_len - 1) & 7);
    return @intCast((self.bytes.items[byte_index] >> bit_index) & 1);
}

pub fn pop(self: *@This()) u1 {
    const b = self.peek();
    self.bit_len -= 1;
    return b;
}
