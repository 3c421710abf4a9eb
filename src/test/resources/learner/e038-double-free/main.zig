const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const s = try a.dupe(u8, "hello");
    a.free(s);
    std.debug.print("freed\n", .{});
    a.free(s);
}
