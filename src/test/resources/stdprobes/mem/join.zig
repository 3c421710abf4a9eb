const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const s = try std.mem.join(a, ", ", &.{ "a", "b", "c" });
    defer a.free(s);
    std.debug.print("three: [{s}]\n", .{s});
    const one = try std.mem.join(a, "-", &.{"solo"});
    defer a.free(one);
    std.debug.print("one: [{s}]\n", .{one});
    const none = try std.mem.join(a, "-", &.{});
    std.debug.print("none: [{s}] len {}\n", .{ none, none.len });
    const empties = try std.mem.join(a, "", &.{ "x", "", "y" });
    defer a.free(empties);
    std.debug.print("empty sep: [{s}]\n", .{empties});
}
