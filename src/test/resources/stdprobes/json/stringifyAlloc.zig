const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const s = try std.json.stringifyAlloc(a, .{ .name = "x", .list = [_]f64{ 0.1, 2, -3.5e10 }, .nested = .{ .t = true } }, .{ .whitespace = .indent_4 });
    defer a.free(s);
    std.debug.print("{s}\n", .{s});
    var buf: [40]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    std.debug.print("{any}\n", .{std.json.stringifyAlloc(fba.allocator(), .{ .long = "this is a string that does not fit" }, .{})});
}
