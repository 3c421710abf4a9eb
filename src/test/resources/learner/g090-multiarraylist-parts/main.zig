const std = @import("std");

const Part = struct {
    id: u32,
    name: []const u8,
    weight_g: u32,
    stock: u16,
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    var parts = std.MultiArrayList(Part){};
    defer parts.deinit(alloc);
    try parts.append(alloc, .{ .id = 7, .name = "bolt", .weight_g = 12, .stock = 500 });
    try parts.append(alloc, .{ .id = 3, .name = "gear", .weight_g = 240, .stock = 12 });
    try parts.append(alloc, .{ .id = 9, .name = "spring", .weight_g = 5, .stock = 0 });
    try parts.append(alloc, .{ .id = 1, .name = "axle", .weight_g = 900, .stock = 4 });
    const weights = parts.items(.weight_g);
    var total: u64 = 0;
    for (weights, parts.items(.stock)) |w, s| total += @as(u64, w) * s;
    std.debug.print("total stock weight {d} g\n", .{total});
    const S = struct {
        ids: []const u32,
        pub fn lessThan(ctx: @This(), a: usize, b: usize) bool {
            return ctx.ids[a] < ctx.ids[b];
        }
    };
    parts.sort(S{ .ids = parts.items(.id) });
    for (0..parts.len) |i| {
        const p = parts.get(i);
        std.debug.print("#{d} {s:<7}{d:>4}g x{d}\n", .{ p.id, p.name, p.weight_g, p.stock });
    }
    parts.set(0, .{ .id = 1, .name = "axle-2", .weight_g = 850, .stock = 6 });
    std.debug.print("{s} {d}\n", .{ parts.items(.name)[0], parts.items(.weight_g)[0] });
    _ = parts.orderedRemove(2);
    std.debug.print("{any}\n", .{parts.items(.id)});
    std.debug.print("{d}\n", .{parts.items(.stock)[parts.len]});
}
