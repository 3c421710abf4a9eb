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
    std.debug.print("empty: {d}\n", .{s.count()});
    try s.insert("a");
    try s.insert("a");
    try s.insert("b");
    std.debug.print("two: {d}\n", .{s.count()});
}
