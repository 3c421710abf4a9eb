const std = @import("std");

pub fn main() !void {
    const E = enum(u4) { a = 4, b = 6, c = 2 };
    const arr = std.enums.directEnumArray(E, u8, 4, .{ .a = 10, .b = 20, .c = 30 });
    std.debug.print("len: {d}\n", .{arr.len});
    std.debug.print("[2]={d} [4]={d} [6]={d}\n", .{ arr[2], arr[4], arr[6] });
    const names = std.enums.directEnumArray(enum { x, y }, []const u8, 0, .{ .x = "ex", .y = "why" });
    std.debug.print("names: {s} {s}\n", .{ names[0], names[1] });
}
