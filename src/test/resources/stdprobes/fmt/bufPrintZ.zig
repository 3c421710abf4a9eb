const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    var b: [16]u8 = undefined;
    const s = try fmt.bufPrintZ(&b, "{s}-{}", .{ "id", 7 });
    std.debug.print("z: [{s}] len {} sentinel {}\n", .{ s, s.len, s[s.len] });
    std.debug.print("no room for 0: {any}\n", .{fmt.bufPrintZ(b[0..3], "abc", .{})});
}
