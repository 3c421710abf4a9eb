const std = @import("std");

const Stack = struct {
    items: std.ArrayList(u32),

    fn push(self: *Stack, v: u32) !void {
        try self.items.append(v);
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var s = Stack{ .items = std.ArrayList(u32).init(gpa.allocator()) };
    defer s.items.deinit();
    s.push(1);
    try s.push(2);
    std.debug.print("{d} items\n", .{s.items.items.len});
}
