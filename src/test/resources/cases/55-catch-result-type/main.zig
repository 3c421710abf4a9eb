const std = @import("std");
const E = error{ Bad, Worse };
fn small(fail: bool) E!u8 {
    if (fail) return error.Bad;
    return 7;
}
fn wrap(fail: bool) E!?u16 {
    return small(fail) catch error.Worse;
}
pub fn main() void {
    const x: u32 = small(true) catch 5000;
    const y: ?u8 = small(true) catch null;
    const z: i64 = small(false) catch -1;
    std.debug.print("{d} {?d} {d}\n", .{ x, y, z });
    std.debug.print("{any} {any}\n", .{ wrap(true), wrap(false) });
}
