const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const s = try std.mem.concatWithSentinel(a, u8, &.{ "ab", "cd" }, 0);
    defer a.free(s);
    std.debug.print("str: [{s}] len {} sentinel {}\n", .{ s, s.len, s[s.len] });
    const n = try std.mem.concatWithSentinel(a, u16, &.{ &[_]u16{1}, &[_]u16{2} }, 9);
    defer a.free(n);
    std.debug.print("u16: {any} sentinel {}\n", .{ n, n[n.len] });
    const e = try std.mem.concatWithSentinel(a, u8, &.{}, 0);
    defer a.free(e);
    std.debug.print("none: len {}\n", .{e.len});
}
