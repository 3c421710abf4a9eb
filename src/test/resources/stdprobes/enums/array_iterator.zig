const std = @import("std");

const Dir = enum { north, east, south, west };
const Arr = std.EnumArray(Dir, i32);

fn show(label: []const u8, a: Arr) void {
    std.debug.print("{s}: n={d} e={d} s={d} w={d}\n", .{ label, a.get(.north), a.get(.east), a.get(.south), a.get(.west) });
}

pub fn main() !void {
    var a = Arr.initDefault(1, .{ .south = 3 });
    var it = a.iterator();
    while (it.next()) |e| e.value.* += 100;
    show("plus 100", a);
}
