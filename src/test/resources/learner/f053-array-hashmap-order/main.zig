const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var stock = std.StringArrayHashMap(u32).init(gpa.allocator());
    defer stock.deinit();

    const deliveries = [_]struct { []const u8, u32 }{
        .{ "pens", 40 }, .{ "paper", 500 }, .{ "ink", 3 }, .{ "pens", 10 }, .{ "tape", 0 }, .{ "clips", 120 },
    };
    for (deliveries) |d| {
        const name, const qty = d;
        const gop = try stock.getOrPutValue(name, 0);
        gop.value_ptr.* += qty;
    }
    for (stock.keys(), stock.values(), 0..) |k, v, i| std.debug.print("{d}: {s}={d}\n", .{ i, k, v });

    _ = stock.orderedRemove("ink");
    _ = stock.swapRemove("pens");
    std.debug.print("after removes: {s}\n", .{stock.keys()});

    const Ctx = struct {
        vals: []const u32,
        pub fn lessThan(ctx: @This(), a: usize, b: usize) bool {
            return ctx.vals[a] > ctx.vals[b];
        }
    };
    stock.sort(Ctx{ .vals = stock.values() });
    var it = stock.iterator();
    while (it.next()) |e| std.debug.print("{s:>6} {d:>4}\n", .{ e.key_ptr.*, e.value_ptr.* });
    std.debug.print("index of tape: {?d}\n", .{stock.getIndex("tape")});

    var ids = std.AutoArrayHashMap(u16, void).init(gpa.allocator());
    for ([_]u16{ 9, 3, 9, 7, 3 }) |id| try ids.put(id, {});
    std.debug.print("unique ids: {any}\n", .{ids.keys()});
}
