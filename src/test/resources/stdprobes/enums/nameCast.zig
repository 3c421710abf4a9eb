const std = @import("std");

pub fn main() !void {
    const A = enum(u1) { a = 0, b = 1 };
    const B = enum(u1) { a = 1, b = 0 };
    std.debug.print("literal .a -> B: {d}\n", .{@intFromEnum(std.enums.nameCast(B, .a))});
    std.debug.print("A.a -> B: {d}\n", .{@intFromEnum(std.enums.nameCast(B, A.a))});
    std.debug.print("\"b\" -> A: {d}\n", .{@intFromEnum(std.enums.nameCast(A, "b"))});
    std.debug.print("B.b -> B: {s}\n", .{@tagName(std.enums.nameCast(B, B.b))});
}
