const std = @import("std");

pub fn main() !void {
    var buf: [16]u8 align(16) = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    var va = std.mem.validationWrap(fba.allocator());
    const a = va.allocator();
    const x = try a.alloc(u16, 4);
    std.debug.print("len: {}\n", .{x.len});
    const y = a.alloc(u8, 16);
    std.debug.print("oom: {any}\n", .{y});
    a.free(x);
    std.debug.print("used: {}\n", .{fba.end_index});
}
