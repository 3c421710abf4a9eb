const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const v = try std.json.parseFromSlice(std.json.Value, a, "{\"a\": [1, 2.5, \"x\"], \"b\": {\"c\": null}}", .{});
    defer v.deinit();
    v.value.dump();
    std.debug.print("\n", .{});
}
