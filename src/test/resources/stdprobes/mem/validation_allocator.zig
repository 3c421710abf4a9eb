const std = @import("std");

pub fn main() !void {
    var buf: [32]u8 align(16) = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    var va = std.mem.validationWrap(fba.allocator());
    const a = va.allocator();
    const s = try a.dupe(u8, "hello");
    std.debug.print("dupe: {s}\n", .{s});
    const t = a.alloc(u8, 30);
    std.debug.print("second: {any}\n", .{t});
    std.debug.print("used: {}\n", .{fba.end_index});
}
