const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const v = try std.json.parseFromSlice(std.json.Value, a, "{\"x\": [1, \"two\"]}", .{});
    defer v.deinit();
    const copy = try std.json.parseFromValue(std.json.Value, a, v.value, .{});
    defer copy.deinit();
    std.debug.print("{s} {d}\n", .{ copy.value.object.get("x").?.array.items[1].string, copy.value.object.count() });
}
