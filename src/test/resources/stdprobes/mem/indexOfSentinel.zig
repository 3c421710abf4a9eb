const std = @import("std");

pub fn main() void {
    const z: [*:0]const u8 = "hello";
    std.debug.print("str: {}\n", .{std.mem.indexOfSentinel(u8, 0, z)});
    const e: [*:0]const u8 = "";
    std.debug.print("empty: {}\n", .{std.mem.indexOfSentinel(u8, 0, e)});
    var arr = [_:9]u32{ 1, 2, 3, 4 };
    std.debug.print("u32 sentinel 9: {}\n", .{std.mem.indexOfSentinel(u32, 9, &arr)});
}
