const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer {
        const status = gpa.deinit();
        std.debug.print("gpa: {s}\n", .{@tagName(status)});
    }
    const a = gpa.allocator();
    var names = std.ArrayList([]u8).init(a);
    defer names.deinit();
    for ([_][]const u8{ "ann", "ben", "cy" }) |n| {
        const copy = try a.alloc(u8, n.len);
        @memcpy(copy, n);
        copy[0] = std.ascii.toUpper(copy[0]);
        try names.append(copy);
    }
    for (names.items) |n| std.debug.print("{s} ", .{n});
    std.debug.print("\n", .{});
    a.free(names.items[0]);
    a.free(names.items[2]);
}
