const std = @import("std");

pub fn main() void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const buf = try gpa.allocator().alloc(u8, 16);
    defer gpa.allocator().free(buf);
    std.debug.print("{d}\n", .{buf.len});
}
