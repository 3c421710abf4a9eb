const std = @import("std");

const Dir = enum { north, east, south, west };
const Arr = std.EnumArray(Dir, i32);

fn show(label: []const u8, a: Arr) void {
    std.debug.print("{s}: n={d} e={d} s={d} w={d}\n", .{ label, a.get(.north), a.get(.east), a.get(.south), a.get(.west) });
}

pub fn main() !void {
    show("init", Arr.init(.{ .north = 1, .east = 2, .south = 3, .west = 4 }));
    show("negatives", Arr.init(.{ .north = -1, .east = 0, .south = -3, .west = 0 }));
}
