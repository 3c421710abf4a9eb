const std = @import("std");

fn stockAfter(stock: u32, orders: []const u32) u32 {
    var left = stock;
    for (orders) |o| {
        left -= o;
        std.debug.print("order {d}: {d} left\n", .{ o, left });
    }
    return left;
}

pub fn main() void {
    const orders = [_]u32{ 5, 10, 3, 8 };
    std.debug.print("final {d}\n", .{stockAfter(20, &orders)});
}
