const std = @import("std");

const Item = struct { name: []const u8, qty: u32 };

pub fn main() void {
    var stock = [_]Item{ .{ .name = "bolt", .qty = 3 }, .{ .name = "nut", .qty = 0 } };
    for (stock) |item| {
        if (item.qty == 0) item.qty = 10;
    }
    std.debug.print("{d}\n", .{stock[1].qty});
}
