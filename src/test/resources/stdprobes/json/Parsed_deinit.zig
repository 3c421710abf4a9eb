const std = @import("std");
const Point = struct { x: i32, y: i32 = 0, label: ?[]const u8 = null };
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const p = try std.json.parseFromSlice([]Point, a, "[{\"x\": 1}, {\"x\": 2, \"y\": 5}]", .{});
    std.debug.print("{d} points, last y {d}\n", .{ p.value.len, p.value[1].y });
    p.deinit();
    const leaked = try std.json.parseFromSlice(Point, a, "{\"x\": 9, \"label\": \"esc\\n\"}", .{});
    std.debug.print("{d}\n", .{leaked.value.x});
}
