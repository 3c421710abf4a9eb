const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();
    const n: usize = 100 * 1024 * 1024 * 1024;
    if (allocator.alloc(u8, n)) |big| {
        defer allocator.free(big);
        std.debug.print("got {d} bytes\n", .{big.len});
    } else |err| {
        std.debug.print("100 GB: {s}\n", .{@errorName(err)});
    }
    const pa = std.heap.page_allocator;
    const again = pa.alloc(u8, n) catch |err| {
        std.debug.print("page_allocator: {s}\n", .{@errorName(err)});
        return;
    };
    pa.free(again);
}
