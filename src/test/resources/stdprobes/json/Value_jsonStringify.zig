const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var obj = std.json.ObjectMap.init(a);
    defer obj.deinit();
    try obj.put("n", .{ .integer = -3 });
    try obj.put("f", .{ .float = 0.5 });
    try obj.put("s", .{ .string = "q\"uote" });
    try obj.put("big", .{ .number_string = "123456789012345678901234567890" });
    try obj.put("t", .{ .bool = true });
    try obj.put("z", .null);
    const v = std.json.Value{ .object = obj };
    const out = try std.json.stringifyAlloc(a, v, .{ .whitespace = .indent_2 });
    defer a.free(out);
    std.debug.print("{s}\n", .{out});
}
