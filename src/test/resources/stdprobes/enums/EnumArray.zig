const std = @import("std");

const Dir = enum { north, east, south, west };
const Arr = std.EnumArray(Dir, i32);

fn show(label: []const u8, a: Arr) void {
    std.debug.print("{s}: n={d} e={d} s={d} w={d}\n", .{ label, a.get(.north), a.get(.east), a.get(.south), a.get(.west) });
}

pub fn main() !void {
    std.debug.print("len: {d}\n", .{Arr.len});
    const a = Arr.initFill(1);
    show("filled", a);
    std.debug.print("Value: {s}\n", .{@typeName(Arr.Value)});
}
