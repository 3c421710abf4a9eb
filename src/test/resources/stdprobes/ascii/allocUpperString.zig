const std = @import("std");
const ascii = std.ascii;

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const s = try ascii.allocUpperString(a, "MiXeD Case");
    defer a.free(s);
    std.debug.print("[{s}]\n", .{s});
    const e = try ascii.allocUpperString(a, "");
    defer a.free(e);
    std.debug.print("empty len {}\n", .{e.len});
    var tiny: [2]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&tiny);
    std.debug.print("oom: {any}\n", .{ascii.allocUpperString(fba.allocator(), "abc")});
}
