const std = @import("std");

fn Stack(comptime T: type) type {
    return struct {
        items: []T,
        len: usize = 0,
        const Self = @This();
        fn init(buf: []T) Self {
            return .{ .items = buf };
        }
        fn push(self: *Self, v: T) error{Full}!void {
            if (self.len == self.items.len) return error.Full;
            self.items[self.len] = v;
            self.len += 1;
        }
    };
}

const Color = enum(u8) {
    red = 1,
    green,
    blue,
    fn warm(self: Color) bool {
        return self == .red;
    }
};

pub fn main() !void {
    var grid: [3][4]u8 = undefined;
    for (&grid, 0..) |*row, r| {
        for (row, 0..) |*cell, c| cell.* = @intCast(r * 4 + c);
    }
    std.debug.print("{any}\n", .{grid[1]});
    var buf: [2]i32 = undefined;
    var s = Stack(i32).init(&buf);
    try s.push(1);
    try s.push(2);
    s.push(3) catch |e| std.debug.print("push: {s}\n", .{@errorName(e)});
    outer: for (0..3) |i| {
        for (0..3) |j| {
            if (j > i) continue :outer;
            if (i == 2 and j == 1) break :outer;
            std.debug.print("({d},{d})", .{ i, j });
        }
    }
    std.debug.print("\n", .{});
    std.debug.print("{s}:{d} ", .{ @typeName(u8), @sizeOf(u8) });
    std.debug.print("\n", .{});
    const c: Color = @enumFromInt(3);
    std.debug.print("{} {d} {} {s}\n", .{ c, @intFromEnum(c), Color.red.warm(), @tagName(c) });
    var out: [32]u8 = undefined;
    const msg = try std.fmt.bufPrint(&out, "{d:0>4}|{s:^7}|{x}", .{ 42, "mid", 255 });
    std.debug.print("{s} {d}\n", .{ msg, msg.len });
    var n: u32 = 0;
    const found = while (n < 10) : (n += 1) {
        if (n * n > 20) break n;
    } else @as(u32, 0);
    const grade: u8 = switch (found) {
        0...3 => 'C',
        4, 5 => 'B',
        else => 'A',
    };
    std.debug.print("{d} {c}\n", .{ found, grade });
    const p: [*]const u8 = "abcdef";
    std.debug.print("{c}{c} {s}\n", .{ p[1], (p + 3)[0], p[2..4] });
}
