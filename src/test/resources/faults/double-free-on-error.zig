const std = @import("std");

const Pair = struct {
    a: []u8,
    b: []u8,

    fn init(alloc: std.mem.Allocator) !Pair {
        const a = try alloc.alloc(u8, 8);
        errdefer alloc.free(a);
        const b = alloc.alloc(u8, 16) catch |err| {
            alloc.free(a); // and the errdefer frees it again
            return err;
        };
        return .{ .a = a, .b = b };
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    const name = try alloc.dupe(u8, "the pair");
    defer alloc.free(name);
    const p = try Pair.init(alloc);
    defer alloc.free(p.b);
    defer alloc.free(p.a);
    std.debug.print("{d} {d}\n", .{ p.a.len, p.b.len });
}
