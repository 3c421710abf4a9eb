const std = @import("std");
fn find(hay: []const u8, c: u8) ?[]const u8 {
    const i = std.mem.indexOfScalar(u8, hay, c) orelse return null;
    return hay[i..];
}
pub fn main() void {
    const a = find("hello", 'l');
    const b = find("hello", 'z');
    std.debug.print("{} {} {} {}\n", .{ a == null, b == null, a != null, null == b });
    if (a) |s| std.debug.print("{s}\n", .{s});
    const c = b orelse "none";
    std.debug.print("{s} {s}\n", .{ c, a.? });
    var opt: ?[]const u8 = null;
    std.debug.print("{?s}\n", .{opt});
    opt = "x";
    while (opt) |v| {
        std.debug.print("{s}\n", .{v});
        opt = null;
    }
}
