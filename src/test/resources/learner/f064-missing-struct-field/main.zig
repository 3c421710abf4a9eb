const std = @import("std");

const Product = struct {
    name: []const u8,
    price: u32,
    qty: u32,
    tags: []const []const u8 = &.{},
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var list = std.ArrayList(Product).init(gpa.allocator());
    defer list.deinit();
    try list.append(.{ .name = "lamp", .price = 25, .qty = 2 });
    try list.append(.{ .name = "desk", .price = 120 });
    for (list.items) |p| std.debug.print("{s}: {d}\n", .{ p.name, p.price * p.qty });
}
