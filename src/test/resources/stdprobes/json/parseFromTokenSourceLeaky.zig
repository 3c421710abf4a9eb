const std = @import("std");
const Point = struct { x: i32, y: i32 = 0, label: ?[]const u8 = null };
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var arena = std.heap.ArenaAllocator.init(a);
    defer arena.deinit();
    var s = std.json.Scanner.initCompleteInput(a, "[{\"x\": 1}, {\"x\": 2, \"label\": \"two\"}]");
    defer s.deinit();
    const pts = try std.json.parseFromTokenSourceLeaky([]Point, arena.allocator(), &s, .{});
    for (pts) |pt| std.debug.print("{d} {d} {?s}\n", .{ pt.x, pt.y, pt.label });
}
