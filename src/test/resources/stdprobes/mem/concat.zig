const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const s = try std.mem.concat(a, u8, &.{ "ab", "", "cd" });
    defer a.free(s);
    std.debug.print("bytes: [{s}]\n", .{s});
    const n = try std.mem.concat(a, i32, &.{ &[_]i32{ 1, 2 }, &[_]i32{-3} });
    defer a.free(n);
    std.debug.print("ints: {any}\n", .{n});
    const e = try std.mem.concat(a, u8, &.{});
    std.debug.print("none: len {}\n", .{e.len});
}
