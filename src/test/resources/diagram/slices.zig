const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var list = std.ArrayList(u32).init(allocator);
    defer list.deinit();
    for (0..5) |i| try list.append(@intCast(i * i));
    const middle = list.items[1..4];
    std.debug.print("{any}\n", .{middle});
}
