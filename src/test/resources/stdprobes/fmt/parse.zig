const std = @import("std");
const fmt = std.fmt;

pub fn main() void {
    const a = comptime fmt.Placeholder.parse("x:*^8.3".*);
    std.debug.print("spec: {s} fill: {u} align: {s}\n", .{ a.specifier_arg, a.fill, @tagName(a.alignment) });
    std.debug.print("arg: {} width: {} precision: {}\n", .{ a.arg, a.width, a.precision });
    const b = comptime fmt.Placeholder.parse("1d".*);
    std.debug.print("spec: {s} arg: {} width: {}\n", .{ b.specifier_arg, b.arg, b.width });
    const c = comptime fmt.Placeholder.parse("[name]s:[w]".*);
    std.debug.print("spec: {s} arg: {} width: {}\n", .{ c.specifier_arg, c.arg, c.width });
    const d = comptime fmt.Placeholder.parse("".*);
    std.debug.print("empty: [{s}] fill [{u}] align {s}\n", .{ d.specifier_arg, d.fill, @tagName(d.alignment) });
}
