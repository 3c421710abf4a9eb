const std = @import("std");

const Item = struct { name: []const u8, qty: u32, price_cents: u64 };

fn label(buf: []u8, item: Item) ![]u8 {
    return std.fmt.bufPrint(buf, "{s} x{d}", .{ item.name, item.qty });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("leaks: {}\n", .{gpa.deinit() == .leak});
    const allocator = gpa.allocator();

    const cart = [_]Item{
        .{ .name = "pen", .qty = 3, .price_cents = 120 },
        .{ .name = "notebook", .qty = 1, .price_cents = 450 },
        .{ .name = "extra-long-eraser", .qty = 2, .price_cents = 99 },
    };

    var lines = std.ArrayList([]u8).init(allocator);
    defer {
        for (lines.items) |l| allocator.free(l);
        lines.deinit();
    }
    var total: u64 = 0;
    for (cart) |it| {
        const cost = it.price_cents * it.qty;
        total += cost;
        const line = try std.fmt.allocPrint(allocator, "{s:<18}{d:>3} {d:>4}.{d:0>2}", .{ it.name, it.qty, cost / 100, cost % 100 });
        try lines.append(line);
    }
    for (lines.items) |l| std.debug.print("{s}\n", .{l});
    std.debug.print("total {d}.{d:0>2}\n", .{ total / 100, total % 100 });

    var small: [12]u8 = undefined;
    for (cart) |it| {
        if (label(&small, it)) |s| {
            std.debug.print("label '{s}' ({d} bytes)\n", .{ s, s.len });
        } else |err| {
            std.debug.print("label for {s} failed: {s}\n", .{ it.name, @errorName(err) });
        }
    }
    const z = try std.fmt.allocPrintZ(allocator, "id-{d}", .{42});
    defer allocator.free(z);
    std.debug.print("{s} len {d} sentinel {d}\n", .{ z, z.len, z[z.len] });
    const n = std.fmt.count("{d}-{s}", .{ 12345, "abc" });
    std.debug.print("count = {d}\n", .{n});
}
