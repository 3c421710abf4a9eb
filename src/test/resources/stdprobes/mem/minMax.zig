const std = @import("std");

pub fn main() void {
    const r = std.mem.minMax(u8, "abcdefg");
    std.debug.print("bytes: {} {}\n", .{ r[0], r[1] });
    const i = std.mem.minMax(i32, &[_]i32{ 3, -7, 2, 9 });
    std.debug.print("ints: {} {}\n", .{ i[0], i[1] });
    const o = std.mem.minMax(u8, "q");
    std.debug.print("one: {} {}\n", .{ o[0], o[1] });
}
