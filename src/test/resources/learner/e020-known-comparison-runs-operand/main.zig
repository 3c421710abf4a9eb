const std = @import("std");
var calls: u32 = 0;
fn f() u8 {
    calls += 1;
    return 7;
}
pub fn main() void {
    const a = f() == 300;
    const b = f() < 0;
    const c = 300 != f();
    std.debug.print("{} {} {} {}\n", .{ a, b, c, calls });
}
