const std = @import("std");

const Big = struct {
    digits: std.ArrayList(u8),

    fn init(alloc: std.mem.Allocator, v: u8) !Big {
        var d = std.ArrayList(u8).init(alloc);
        try d.append(v);
        return .{ .digits = d };
    }

    fn deinit(self: *Big) void {
        self.digits.deinit();
    }

    fn mulSmall(self: *Big, k: u8) !void {
        var carry: u16 = 0;
        for (self.digits.items) |*d| {
            const v = @as(u16, d.*) * k + carry;
            d.* = @intCast(v % 10);
            carry = v / 10;
        }
        while (carry > 0) : (carry /= 10) try self.digits.append(@intCast(carry % 10));
    }

    fn print(self: Big) void {
        var i = self.digits.items.len;
        while (i > 0) {
            i -= 1;
            std.debug.print("{d}", .{self.digits.items[i]});
        }
        std.debug.print(" ({d} digits)\n", .{self.digits.items.len});
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    var p = try Big.init(alloc, 1);
    defer p.deinit();
    for (0..100) |_| try p.mulSmall(2);
    p.print();
    var f = try Big.init(alloc, 1);
    defer f.deinit();
    for (1..31) |k| try f.mulSmall(@intCast(k));
    f.print();
    var sum: u32 = 0;
    for (f.digits.items) |d| sum += d;
    std.debug.print("digit sum {d}\n", .{sum});
    try f.mulSmall(255);
    try f.mulSmall(200);
    f.print();
    const big: u128 = std.math.maxInt(u128);
    std.debug.print("{d}\n", .{big});
}
