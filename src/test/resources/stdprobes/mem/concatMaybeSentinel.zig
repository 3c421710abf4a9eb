const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const s = try std.mem.concatMaybeSentinel(a, u8, &.{ "ab", "cd" }, 0);
    defer a.free(s);
    std.debug.print("with sentinel: {any}\n", .{s});
    const n = try std.mem.concatMaybeSentinel(a, u8, &.{ "ab", "cd" }, null);
    defer a.free(n);
    std.debug.print("no sentinel: {any}\n", .{n});
    const e = try std.mem.concatMaybeSentinel(a, u8, &.{}, '!');
    defer a.free(e);
    std.debug.print("empty: {s}\n", .{e});
}
