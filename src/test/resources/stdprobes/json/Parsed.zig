const std = @import("std");
const Point = struct { x: i32, y: i32 = 0, label: ?[]const u8 = null };
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const p: std.json.Parsed(Point) = try std.json.parseFromSlice(Point, a, "{\"x\": 3, \"label\": \"p\"}", .{});
    defer p.deinit();
    std.debug.print("{d} {d} {?s} arena child same: {}\n", .{ p.value.x, p.value.y, p.value.label, p.arena.child_allocator.ptr == a.ptr });
}
