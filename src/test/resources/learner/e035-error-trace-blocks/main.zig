const std = @import("std");
fn g(x: u8) !u8 {
    if (x > 2) return error.TooBig;
    return x;
}
fn viaBlock() !void {
    {
        const e = g(5);
        std.debug.print("{!}\n", .{e});
    }
    return error.C;
}
fn viaValue() u8 {
    const v = g(9) catch |err| {
        std.debug.print("{}\n", .{err});
        return 0;
    };
    return v;
}
fn maybe(x: u8) !u8 {
    const v = g(x) catch return 7;
    return v;
}
pub fn main() !void {
    _ = viaValue();
    _ = try maybe(4);
    const r = g(3);
    if (r) |_| {} else |_| {}
    viaBlock() catch {};
    const s = g(8);
    _ = s catch 1;
    try viaBlock();
}
