const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const s = try std.mem.replaceOwned(u8, a, "All your base are belong to us", "base", "Zig");
    defer a.free(s);
    std.debug.print("base: {s}\n", .{s});
    const t = try std.mem.replaceOwned(u8, a, "Favor reading code over writing code.", " code", "");
    defer a.free(t);
    std.debug.print("remove: {s}\n", .{t});
    const e = try std.mem.replaceOwned(u8, a, "", "x", "y");
    defer a.free(e);
    std.debug.print("empty: [{s}]\n", .{e});
}
