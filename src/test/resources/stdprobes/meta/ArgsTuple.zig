const std = @import("std");

fn add(a: i32, b: u8) i32 {
    return a + b;
}

pub fn main() !void {
    const A = std.meta.ArgsTuple(@TypeOf(add));
    std.debug.print("fields: {d}\n", .{std.meta.fields(A).len});
    const args: A = .{ 2, 40 };
    std.debug.print("call: {d}\n", .{@call(.auto, add, args)});
    std.debug.print("none: {d}\n", .{std.meta.fields(std.meta.ArgsTuple(fn () void)).len});
    inline for (std.meta.fields(A)) |f| std.debug.print("{s}: {s}\n", .{ f.name, @typeName(f.type) });
}
