const std = @import("std");

pub fn main() !void {
    const T = std.meta.Tuple(&.{ u8, bool, []const u8 });
    const t: T = .{ 7, true, "hi" };
    std.debug.print("{d} {} {s}\n", .{ t[0], t[1], t[2] });
    std.debug.print("len: {d}\n", .{std.meta.fields(T).len});
    std.debug.print("empty len: {d}\n", .{std.meta.fields(std.meta.Tuple(&.{})).len});
    std.debug.print("is tuple: {}\n", .{@typeInfo(T).@"struct".is_tuple});
}
