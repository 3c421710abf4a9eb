const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var buf = try a.alloc(u8, 4);
    defer a.free(buf);
    @memcpy(buf, "abcd");
    buf = try a.realloc(buf, 8);
    @memcpy(buf[4..], "efgh");
    std.debug.print("{s}\n", .{buf});
    buf = try a.realloc(buf, 2);
    std.debug.print("{s}\n", .{buf});
    if (a.resize(buf, 6)) {
        buf.len = 6;
        std.debug.print("resized in place to {d}\n", .{buf.len});
    } else std.debug.print("could not resize\n", .{});
    const p = try a.create([3]u16);
    p.* = .{ 1, 2, 3 };
    std.debug.print("{any}\n", .{p.*});
    a.destroy(p);
    const q = try a.alignedAlloc(u8, 64, 10);
    std.debug.print("aligned {}\n", .{@intFromPtr(q.ptr) % 64 == 0});
    a.free(q);
    const z = try a.allocSentinel(u8, 3, 0);
    defer a.free(z);
    @memcpy(z, "xyz");
    std.debug.print("{s} {d}\n", .{ z, z[3] });
}
