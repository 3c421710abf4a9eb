const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const p = try std.json.parseFromSlice(std.json.ArrayHashMap(u32), a, "{\"apples\": 3, \"pears\": 7}", .{});
    defer p.deinit();
    var it = p.value.map.iterator();
    while (it.next()) |e| std.debug.print("{s} = {d}\n", .{ e.key_ptr.*, e.value_ptr.* });
}
