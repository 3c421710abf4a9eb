const std = @import("std");
const Point = struct { x: i32, y: i32 = 0, label: ?[]const u8 = null };
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const v = try std.json.parseFromSlice(std.json.Value, a, "{\"x\": 5, \"y\": 6, \"label\": \"v\"}", .{});
    defer v.deinit();
    const p = try std.json.parseFromValue(Point, a, v.value, .{});
    defer p.deinit();
    std.debug.print("{d} {d} {?s}\n", .{ p.value.x, p.value.y, p.value.label });
    std.debug.print("{any}\n", .{std.json.parseFromValue(Point, a, v.value.object.get("x").?, .{})});
}
