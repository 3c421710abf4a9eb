const std = @import("std");

const Color = enum(u4) { red = 1, green = 2, blue = 4, _ };
const Rect = struct { w: f32, h: f32 };
const Shape = union(enum) {
    circle: f32,
    rect: Rect,
    point,
};
const Bare = union { int: i64, float: f64 };

fn intReport(comptime T: type) void {
    const info = @typeInfo(T).int;
    std.debug.print("{s}: {d} bits, {s}, range {d}..{d}\n", .{
        @typeName(T), info.bits, @tagName(info.signedness), std.math.minInt(T), std.math.maxInt(T),
    });
}

fn pointerChild(comptime P: type) type {
    return switch (@typeInfo(P)) {
        .pointer => |p| p.child,
        .optional => |o| pointerChild(o.child),
        else => @compileError("not a pointer: " ++ @typeName(P)),
    };
}

pub fn main() void {
    intReport(u8);
    intReport(i5);
    intReport(i64);
    intReport(u1);

    std.debug.print("child of *u16: {s}\n", .{@typeName(pointerChild(*u16))});
    std.debug.print("child of []const u8: {s}\n", .{@typeName(pointerChild([]const u8))});
    std.debug.print("child of ?*Shape: {s}\n", .{@typeName(pointerChild(?*Shape))});
    std.debug.print("const? {} {}\n", .{ @typeInfo([]const u8).pointer.is_const, @typeInfo(*u16).pointer.is_const });

    const ei = @typeInfo(Color).@"enum";
    std.debug.print("Color tag {s}, exhaustive {}\n", .{ @typeName(ei.tag_type), ei.is_exhaustive });
    inline for (ei.fields) |f| std.debug.print("  {s} = {d}\n", .{ f.name, f.value });

    const ui = @typeInfo(Shape).@"union";
    std.debug.print("Shape tagged: {}, tag type {s}\n", .{ ui.tag_type != null, @typeName(ui.tag_type.?) });
    inline for (ui.fields) |f| std.debug.print("  {s}: {s}\n", .{ f.name, @typeName(f.type) });
    std.debug.print("Bare tagged: {}\n", .{@typeInfo(Bare).@"union".tag_type != null});

    std.debug.print("array len: {d}, child {s}\n", .{ @typeInfo([5]u32).array.len, @typeName(@typeInfo([5]u32).array.child) });
    std.debug.print("optional child: {s}\n", .{@typeName(@typeInfo(?bool).optional.child)});
    std.debug.print("f32 bits: {d}\n", .{@typeInfo(f32).float.bits});
}
