const std = @import("std");

pub fn main() void {
    const buf = "hello world";
    std.debug.print("to space: {s}\n", .{std.mem.sliceTo(buf, ' ')});
    std.debug.print("absent: {s}\n", .{std.mem.sliceTo(buf, 'z')});
    var arr = [_]u8{ 'a', 'b', 0, 'c' };
    std.debug.print("to zero: {s}\n", .{std.mem.sliceTo(&arr, 0)});
    const z: [*:0]const u8 = "abc";
    std.debug.print("sentinel ptr: {s}\n", .{std.mem.sliceTo(z, 0)});
    std.debug.print("first: {}\n", .{std.mem.sliceTo(buf, 'h').len});
}
