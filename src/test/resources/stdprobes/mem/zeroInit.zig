const std = @import("std");

const Cfg = struct { a: i32, b: u8 = 5, c: bool, inner: struct { z: u16 } };

pub fn main() void {
    const c1 = std.mem.zeroInit(Cfg, .{});
    std.debug.print("empty init: {} {} {} {}\n", .{ c1.a, c1.b, c1.c, c1.inner.z });
    const c2 = std.mem.zeroInit(Cfg, .{ .a = -3, .c = true });
    std.debug.print("named: {} {} {} {}\n", .{ c2.a, c2.b, c2.c, c2.inner.z });
    const c3 = std.mem.zeroInit(Cfg, .{ 9, 1 });
    std.debug.print("tuple: {} {} {} {}\n", .{ c3.a, c3.b, c3.c, c3.inner.z });
}
