const std = @import("std");

fn normalizePath(allocator: std.mem.Allocator, path: []const u8) ![]u8 {
    var parts = std.ArrayList([]const u8).init(allocator);
    defer parts.deinit();
    var it = std.mem.tokenizeScalar(u8, path, '/');
    while (it.next()) |p| {
        if (std.mem.eql(u8, p, ".")) continue;
        if (std.mem.eql(u8, p, "..")) {
            if (parts.items.len > 0) _ = parts.orderedRemove(parts.items.len - 1);
            continue;
        }
        try parts.append(p);
    }
    const body = try std.mem.join(allocator, ".", parts.items);
    defer allocator.free(body);
    return std.fmt.allocPrint(allocator, "root.{s}", .{body});
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer {
        const status = gpa.deinit();
        std.debug.print("gpa: {s}\n", .{@tagName(status)});
    }

    const paths = [_][]const u8{
        "a/./b/../c",
        "/usr//local/../lib/",
        "x/y/z/../../../../w",
        "very/long/path/with/many/segments/that/will/not/fit/into/the/small/stack/buffer/at/all/for/sure",
    };
    for (paths) |p| {
        var sfa = std.heap.stackFallback(512, gpa.allocator());
        const allocator = sfa.get();
        const norm = try normalizePath(allocator, p);
        defer allocator.free(norm);
        const on_stack = sfa.fixed_buffer_allocator.ownsPtr(norm.ptr);
        std.debug.print("{s} (len {d}, on stack: {})\n", .{ norm, norm.len, on_stack });
    }
}
