const std = @import("std");

const Dir = enum { north, east, south, west };
const Arr = std.EnumArray(Dir, i32);

fn show(label: []const u8, a: Arr) void {
    std.debug.print("{s}: n={d} e={d} s={d} w={d}\n", .{ label, a.get(.north), a.get(.east), a.get(.south), a.get(.west) });
}

pub fn main() !void {
    var a = Arr.initUndefined();
    a.set(.north, 1);
    a.set(.east, 2);
    a.set(.south, 3);
    a.set(.west, 4);
    show("set after undefined", a);
}
