const std = @import("std");
pub fn main() void {
    var a: u32 = 1000;
    var c: u8 = 7;
    var d: i8 = -3;
    var e: u16 = 300;
    var f: f32 = 1.5;
    _ = .{ &a, &c, &d, &e, &f };
    std.debug.print("{s} {s}\n", .{ @typeName(@TypeOf(@min(a, c))), @typeName(@TypeOf(@max(a, c))) });
    std.debug.print("{s} {s}\n", .{ @typeName(@TypeOf(@min(f, 2))), @typeName(@TypeOf(@min(a, 0))) });
}
