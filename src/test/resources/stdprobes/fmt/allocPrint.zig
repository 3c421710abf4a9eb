const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const s = try fmt.allocPrint(a, "{s} has {} items", .{ "cart", 3 });
    defer a.free(s);
    std.debug.print("[{s}] len {}\n", .{ s, s.len });
    const e = try fmt.allocPrint(a, "", .{});
    defer a.free(e);
    std.debug.print("empty len {}\n", .{e.len});
    var tiny: [4]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&tiny);
    std.debug.print("oom: {any}\n", .{fmt.allocPrint(fba.allocator(), "{s}", .{"too long"})});
}
