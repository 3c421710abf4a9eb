const std = @import("std");

const Dir = enum { north, east, south, west };
const Arr = std.EnumArray(Dir, i32);

fn show(label: []const u8, a: Arr) void {
    std.debug.print("{s}: n={d} e={d} s={d} w={d}\n", .{ label, a.get(.north), a.get(.east), a.get(.south), a.get(.west) });
}

pub fn main() !void {
    var a = Arr.initFill(0);
    a.set(.west, -4);
    show("west -4", a);
    a.set(.west, 4);
    show("west 4", a);
}
