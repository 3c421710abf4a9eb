const std = @import("std");
fn show(comptime T: type) void { std.debug.print("{s}\n", .{@typeName(T)}); }
pub fn main() void {
    var a3 = [_]u8{ 1, 2, 3 };
    var a5 = [_]u8{ 1, 2, 3, 4, 5 };
    var z3: [3:0]u8 = .{ 1, 2, 3 };
    var s: []u8 = &a5;
    var m: [*]u8 = &a5;
    var mz: [*:0]u8 = &z3;
    var sz: [:0]u8 = &z3;
    const cs: []const u8 = "hey";
    var c = true;
    _ = .{ &s, &m, &mz, &sz, &c };
    show(@TypeOf(if (c) &a3 else &a5));
    show(@TypeOf(if (c) &a3 else &z3));
    show(@TypeOf(if (c) &a3 else &a3));
    show(@TypeOf(if (c) &a3 else @as(*const [3]u8, &a3)));
    show(@TypeOf(if (c) &a3 else s));
    show(@TypeOf(if (c) &a3 else m));
    show(@TypeOf(if (c) m else mz));
    show(@TypeOf(if (c) s else sz));
    show(@TypeOf(if (c) s else cs));
    show(@TypeOf(if (c) &z3 else sz));
    show(@TypeOf(if (c) "ab" else "abc"));
    show(@TypeOf(if (c) "ab" else cs));
    show(@TypeOf(if (c) &z3 else mz));
    show(@TypeOf(if (c) @as(*const u8, &a5[0]) else &a5[1]));
    show(@TypeOf(if (c) "abcd" else &a3));
}
