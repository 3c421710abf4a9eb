const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const s = try std.mem.joinZ(a, "/", &.{ "usr", "lib" });
    defer a.free(s);
    std.debug.print("joined: [{s}] len {} sentinel {}\n", .{ s, s.len, s[s.len] });
    const none = try std.mem.joinZ(a, "/", &.{});
    defer a.free(none);
    std.debug.print("none: len {} sentinel {}\n", .{ none.len, none[0] });
}
