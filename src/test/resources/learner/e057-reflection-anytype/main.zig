const std = @import("std");

fn sumAll(xs: anytype) @TypeOf(xs[0]) {
    var s: @TypeOf(xs[0]) = 0;
    for (xs) |x| s += x;
    return s;
}

fn describe(comptime T: type) void {
    const info = @typeInfo(T);
    switch (info) {
        .@"struct" => |st| {
            std.debug.print("struct {s} with {d} fields:", .{ @typeName(T), st.fields.len });
            inline for (st.fields) |f| std.debug.print(" {s}:{s}", .{ f.name, @typeName(f.type) });
            std.debug.print("\n", .{});
        },
        .int => |i| std.debug.print("{s}: {d}-bit {s}\n", .{ @typeName(T), i.bits, @tagName(i.signedness) }),
        .@"enum" => |e| std.debug.print("enum with {d} tags\n", .{e.fields.len}),
        else => std.debug.print("{s}: other\n", .{@typeName(T)}),
    }
}

const User = struct { id: u32, name: []const u8, admin: bool = false };

pub fn main() void {
    std.debug.print("{d} {d:.1}\n", .{ sumAll([_]u16{ 1, 2, 3 }), sumAll(&[_]f32{ 0.5, 1.25 }) });
    describe(User);
    describe(i7);
    describe(enum { a, b, c });
    describe(?u8);
    const u = User{ .id = 7, .name = "ann" };
    std.debug.print("{}\n", .{u});
    std.debug.print("{any}\n", .{u});
    std.debug.print("{s}\n", .{std.meta.fieldNames(User)});
    std.debug.print("{}\n", .{@hasField(User, "admin")});
}
