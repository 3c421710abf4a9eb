const std = @import("std");

pub fn main() !void {
    var arena = std.heap.ArenaAllocator.init(std.heap.page_allocator);
    defer arena.deinit();
    const a = arena.allocator();
    var lines = std.ArrayList([]const u8).init(a);
    const src = "  first line\nsecond\t\n\n  third  ";
    var it = std.mem.splitScalar(u8, src, '\n');
    while (it.next()) |l| {
        const t = std.mem.trim(u8, l, " \t");
        if (t.len == 0) continue;
        try lines.append(try std.fmt.allocPrint(a, "[{d}] {s}", .{ lines.items.len + 1, t }));
    }
    for (lines.items) |l| std.debug.print("{s}\n", .{l});
    const upper = try a.alloc(u8, lines.items[0].len);
    _ = std.ascii.upperString(upper, lines.items[0]);
    std.debug.print("{s}\n", .{upper});
    std.debug.print("starts {} ends {} contains {}\n", .{ std.mem.startsWith(u8, upper, "[1]"), std.mem.endsWith(u8, upper, "LINE"), std.mem.indexOf(u8, upper, "FIRST") != null });
    const parts = [_][]const u8{ "a", "b", "c" };
    const cat = try std.mem.concat(a, u8, &parts);
    const rep = try std.mem.replaceOwned(u8, a, "one two one", "one", "1");
    std.debug.print("{s} {s} {d}\n", .{ cat, rep, std.mem.replacementSize(u8, "aXbX", "X", "yy") });
    var buf: [16]u8 = undefined;
    const z = try std.fmt.bufPrintZ(&buf, "n={d}", .{42});
    std.debug.print("{s} len {d} sentinel {d}\n", .{ z, z.len, z[z.len] });
    std.debug.print("{s}\n", .{std.mem.sliceTo(&buf, 0)});
}
