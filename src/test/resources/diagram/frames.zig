const std = @import("std");

const Stack = struct {
    items: []i32,
    len: usize,
    allocator: std.mem.Allocator,

    fn init(allocator: std.mem.Allocator, cap: usize) !Stack {
        return .{ .items = try allocator.alloc(i32, cap), .len = 0, .allocator = allocator };
    }

    fn push(self: *Stack, v: i32) void {
        self.items[self.len] = v;
        self.len += 1;
    }

    fn deinit(self: *Stack) void {
        self.allocator.free(self.items);
    }
};

fn fill(s: *Stack, n: i32) void {
    var i: i32 = 0;
    while (i < n) : (i += 1) s.push(i * 2);
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var s = try Stack.init(gpa.allocator(), 4);
    defer s.deinit();
    fill(&s, 3);
    const name: []const u8 = "stack";
    std.debug.print("{s} {d}\n", .{ name, s.len });
}
