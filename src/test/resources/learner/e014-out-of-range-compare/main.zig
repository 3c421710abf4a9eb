const std = @import("std");
fn get(x: ?u8) error{Missing}!u8 { return x orelse error.Missing; }
pub fn main() void {
    var x: usize = 3;
    var s: u8 = 200;
    _ = .{ &x, &s };
    std.debug.print("{} {} {} {}\n", .{ x == -1, x < -1, s > 300, -5 < s });
    const o: ?u8 = null;
    _ = o;
    var p: ?u16 = 7;
    _ = &p;
    const r = p orelse error.Nope;
    std.debug.print("{any} {any} {any}\n", .{ get(4), get(null), r });
}
