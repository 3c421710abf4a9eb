const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const s = try fmt.allocPrintZ(a, "{d:0>3}", .{7});
    defer a.free(s);
    std.debug.print("[{s}] len {} sentinel {}\n", .{ s, s.len, s[s.len] });
    const e = try fmt.allocPrintZ(a, "", .{});
    defer a.free(e);
    std.debug.print("empty len {}\n", .{e.len});
}
