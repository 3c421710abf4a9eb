const std = @import("std");

fn show(label: []const u8, s: *const std.BufSet) void {
    std.debug.print("{s}:", .{label});
    var it = s.iterator();
    while (it.next()) |k| std.debug.print(" {s}", .{k.*});
    std.debug.print(" (count {d})\n", .{s.count()});
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var s = std.BufSet.init(a);
    defer s.deinit();
    try s.insert("k1");
    try s.insert("k2");
    var buf: [4096]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    var c = try s.cloneWithAllocator(fba.allocator());
    defer c.deinit();
    c.remove("k1");
    show("original", &s);
    show("clone", &c);
}
