const std = @import("std");
const Point = struct { x: i32, y: i32 = 0, label: ?[]const u8 = null };
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var fbs = std.io.fixedBufferStream("{\"x\": 10, \"y\": -4, \"label\": \"from a reader\"}");
    var r = std.json.reader(a, fbs.reader());
    defer r.deinit();
    const p = try std.json.parseFromTokenSource(Point, a, &r, .{});
    defer p.deinit();
    std.debug.print("{d} {d} {?s}\n", .{ p.value.x, p.value.y, p.value.label });
}
