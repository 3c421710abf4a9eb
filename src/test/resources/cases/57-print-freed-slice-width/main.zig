const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const name = try a.dupe(u8, "ziggy");
    std.debug.print("name: {s:>8}\n", .{name});
    a.free(name);
    std.debug.print("after free: {s:>8}\n", .{name});
}
