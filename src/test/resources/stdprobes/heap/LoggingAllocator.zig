const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var logging = std.heap.LoggingAllocator(.info, .warn).init(a);
    const al = logging.allocator();
    const x = try al.alloc(u8, 8);
    al.free(x);
    var tiny: [4]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&tiny);
    var failing = std.heap.LoggingAllocator(.info, .warn).init(fba.allocator());
    std.debug.print("too big: {any}\n", .{failing.allocator().alloc(u8, 16)});
}
