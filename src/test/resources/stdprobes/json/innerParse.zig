const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const Temp = struct {
        celsius: f32,
        pub fn jsonParse(allocator: std.mem.Allocator, source: anytype, options: std.json.ParseOptions) !@This() {
            const n = try std.json.innerParse(f32, allocator, source, options);
            return .{ .celsius = n };
        }
    };
    const p = try std.json.parseFromSlice([]Temp, a, "[21.5, -3, 0.25]", .{});
    defer p.deinit();
    for (p.value) |t| std.debug.print("{d}C\n", .{t.celsius});
}
