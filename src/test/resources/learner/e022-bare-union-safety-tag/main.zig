const std = @import("std");
const W = union { a: u8, b: u16, c: [3]u8 };
const S = struct { w: W = .{ .b = 7 }, n: u8 = 1 };
var g: W = .{ .c = .{ 1, 2, 3 } };
pub fn main() void {
    var s = S{};
    std.debug.print("{} {}\n", .{ s.w.b, s.n });
    var u = @unionInit(W, "a", 5);
    std.debug.print("{}\n", .{u.a});
    const p = &u.a;
    p.* = 9;
    std.debug.print("{} {}\n", .{ u.a, g.c[2] });
    var arr = [_]W{ .{ .a = 1 }, .{ .b = 2 } };
    arr[1] = .{ .a = 3 };
    std.debug.print("{} {}\n", .{ arr[0].a, arr[1].a });
    std.debug.print("{}\n", .{@typeInfo(W).@"union".tag_type == null});
    s.w = .{ .c = "xyz".* };
    std.debug.print("{s}\n", .{&s.w.c});
    var x: W = undefined;
    x = .{ .b = 1 };
    std.debug.print("{}\n", .{x.b});
    std.debug.print("{}\n", .{g.a});
}
