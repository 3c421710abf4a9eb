const std = @import("std");
const Color = enum { red, green };
const Inner = struct { id: u32, tags: []const []const u8, maybe: ?i32 };
const Outer = struct { name: []const u8, color: Color, inner: Inner, nums: [3]i16, empty: []const u8, f: f64, ok: bool, nothing: ?u8 };

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const tags = [_][]const u8{ "x\"y", "tab\there", "nl\n" };
    const v = Outer{ .name = "Zig \\ ok", .color = .green, .inner = .{ .id = 7, .tags = &tags, .maybe = null }, .nums = .{ -1, 0, 300 }, .empty = "", .f = 1.5, .ok = true, .nothing = null };
    const s1 = try std.json.stringifyAlloc(a, v, .{});
    defer a.free(s1);
    std.debug.print("{s}\n", .{s1});
    const s2 = try std.json.stringifyAlloc(a, v, .{ .whitespace = .indent_4, .emit_null_optional_fields = false });
    defer a.free(s2);
    std.debug.print("{s}\n", .{s2});
    const s3 = try std.json.stringifyAlloc(a, .{ 1, "two", .{ .three = 3 } }, .{ .whitespace = .indent_tab });
    defer a.free(s3);
    std.debug.print("{s}\n", .{s3});
    const empty = struct {}{};
    const s4 = try std.json.stringifyAlloc(a, .{ .e = empty, .arr = [_]u8{}, .list = [_]u32{ 1, 2 } }, .{ .whitespace = .indent_1 });
    defer a.free(s4);
    std.debug.print("{s}\n", .{s4});
    var buf: [100]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    try std.json.stringify(@as(i64, -42), .{}, fbs.writer());
    std.debug.print("{s}\n", .{fbs.getWritten()});
}
