const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("gpa: {s}\n", .{@tagName(gpa.deinit())});
    const allocator = gpa.allocator();

    var env = std.BufMap.init(allocator);
    defer env.deinit();

    var buf: [32]u8 = undefined;
    for (0..3) |i| {
        const key = try std.fmt.bufPrint(&buf, "WORKER_{d}", .{i});
        try env.put(key, if (i == 1) "busy" else "idle");
    }
    // buf has been overwritten, but BufMap copied every key and value
    try env.put("WORKER_0", "busy");
    env.remove("WORKER_2");
    std.debug.print("{d} entries, WORKER_0={?s}, WORKER_2={?s}\n", .{ env.count(), env.get("WORKER_0"), env.get("WORKER_2") });
    if (env.getPtr("WORKER_1")) |v| std.debug.print("WORKER_1 is {s}\n", .{v.*});

    var tags = std.BufSet.init(allocator);
    defer tags.deinit();
    var line = "zig,heap,zig,list,heap,tree".*;
    var it = std.mem.splitScalar(u8, &line, ',');
    while (it.next()) |tag| try tags.insert(tag);
    @memset(&line, '#');

    std.debug.print("{d} unique tags, has list: {}, has graph: {}\n", .{ tags.count(), tags.contains("list"), tags.contains("graph") });
    tags.remove("heap");

    var names = std.ArrayList([]const u8).init(allocator);
    defer names.deinit();
    var tag_it = tags.iterator();
    while (tag_it.next()) |t| try names.append(t.*);
    std.mem.sort([]const u8, names.items, {}, struct {
        fn lessThan(_: void, a: []const u8, b: []const u8) bool {
            return std.mem.lessThan(u8, a, b);
        }
    }.lessThan);
    std.debug.print("remaining: {s}\n", .{names.items});

    var copy = try tags.clone();
    defer copy.deinit();
    try copy.insert("graph");
    std.debug.print("original {d}, copy {d}\n", .{ tags.count(), copy.count() });
}
