const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var sf: std.heap.StackFallbackAllocator(32) = std.heap.stackFallback(32, a);
    const al = sf.get();
    var list = std.ArrayList(u32).init(al);
    defer list.deinit();
    for (0..20) |i| try list.append(@intCast(i));
    std.debug.print("items on stack buffer: {}\n", .{sf.fixed_buffer_allocator.ownsSlice(std.mem.sliceAsBytes(list.items))});
    std.debug.print("sum: {d}\n", .{blk: {
        var s: u32 = 0;
        for (list.items) |v| s += v;
        break :blk s;
    }});
}
