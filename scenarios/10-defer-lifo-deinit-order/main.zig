const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    const allocator = gpa.allocator();

    const buffer = try allocator.alloc(u8, 100);
    defer allocator.free(buffer);

    const a = try allocator.create(i32);
    defer {
        std.debug.print("destroy a\n", .{});
        allocator.destroy(a);
    }

    const b = try allocator.create(i32);
    defer {
        std.debug.print("destroy b\n", .{});
        allocator.destroy(b);
    }

    defer {
        const check = gpa.deinit();
        std.debug.print("gpa.deinit() = {s}\n", .{@tagName(check)});
    }

    a.* = 1;
    b.* = 2;
    std.debug.print("a + b = {d}\n", .{a.* + b.*});
}
