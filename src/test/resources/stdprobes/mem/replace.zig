const std = @import("std");

pub fn main() void {
    var out: [64]u8 = undefined;
    const n = std.mem.replace(u8, "All your base are belong to us", "base", "Zig", &out);
    std.debug.print("count {} -> {s}\n", .{ n, out[0..26] });
    const m = std.mem.replace(u8, "abab", "ab", "x", &out);
    std.debug.print("count {} -> {s}\n", .{ m, out[0..2] });
    const z = std.mem.replace(u8, "abc", "q", "x", &out);
    std.debug.print("none {} -> {s}\n", .{ z, out[0..3] });
    const e = std.mem.replace(u8, "", "q", "x", &out);
    std.debug.print("empty input {}\n", .{e});
}
