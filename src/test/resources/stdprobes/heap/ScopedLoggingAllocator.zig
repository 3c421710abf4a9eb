const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var logging = std.heap.ScopedLoggingAllocator(.mine, .err, .err).init(a);
    const al = logging.allocator();
    const x = try al.create(u32);
    al.destroy(x);
    std.debug.print("done\n", .{});
}
