const std = @import("std");

const Dir = enum { north, east, south, west };
const Arr = std.EnumArray(Dir, i32);

fn show(label: []const u8, a: Arr) void {
    std.debug.print("{s}: n={d} e={d} s={d} w={d}\n", .{ label, a.get(.north), a.get(.east), a.get(.south), a.get(.west) });
}

pub fn main() !void {
    const a = Arr.init(.{ .north = 10, .east = 20, .south = 30, .west = 40 });
    std.debug.print("north: {d}\n", .{a.get(.north)});
    std.debug.print("west: {d}\n", .{a.get(.west)});
}
