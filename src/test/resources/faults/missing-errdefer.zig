const std = @import("std");

const Pair = struct {
    a: []u8,
    b: []u8,

    fn init(alloc: std.mem.Allocator) !Pair {
        const a = try alloc.alloc(u8, 8);
        const b = try alloc.alloc(u8, 16);
        return .{ .a = a, .b = b };
    }

    fn deinit(self: Pair, alloc: std.mem.Allocator) void {
        alloc.free(self.a);
        alloc.free(self.b);
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    const p = try Pair.init(alloc);
    defer p.deinit(alloc);
    std.debug.print("ok\n", .{});
}
