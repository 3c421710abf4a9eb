const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    _ = a;
    for ([_][]const u8{ "12", "-7", "1.5", "1e3", "99999999999999999999", "1e400" }) |s| {
        const v = std.json.Value.parseFromNumberSlice(s);
        switch (v) {
            .integer => |i| std.debug.print("{s}: integer {d}\n", .{ s, i }),
            .float => |f| std.debug.print("{s}: float {d}\n", .{ s, f }),
            .number_string => |n| std.debug.print("{s}: number_string {s}\n", .{ s, n }),
            else => unreachable,
        }
    }
}
