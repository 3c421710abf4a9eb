const std = @import("std");

fn show(label: []const u8, items: []const i32, cap: usize) void {
    std.debug.print("{s}: {any} len {d} cap {d}\n", .{ label, items, items.len, cap });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var l = try std.ArrayList(i32).initCapacity(a, 10);
    defer l.deinit();
    show("cap 10", l.items, l.capacity);
    var z = try std.ArrayList(i32).initCapacity(a, 0);
    defer z.deinit();
    show("cap 0", z.items, z.capacity);
    var f = std.testing.FailingAllocator.init(a, .{ .fail_index = 0 });
    std.debug.print("failing: {s}\n", .{if (std.ArrayList(i32).initCapacity(f.allocator(), 4)) |_| "ok" else |e| @errorName(e)});
}
