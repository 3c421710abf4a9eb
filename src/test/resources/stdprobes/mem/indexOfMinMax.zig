const std = @import("std");

pub fn main() void {
    const r = std.mem.indexOfMinMax(u8, "abcdefg");
    std.debug.print("bytes: {} {}\n", .{ r[0], r[1] });
    const i = std.mem.indexOfMinMax(i32, &[_]i32{ 5, 1, 5, 1 });
    std.debug.print("ties: {} {}\n", .{ i[0], i[1] });
    const o = std.mem.indexOfMinMax(u8, "q");
    std.debug.print("one: {} {}\n", .{ o[0], o[1] });
}
