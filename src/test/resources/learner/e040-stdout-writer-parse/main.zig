const std = @import("std");

pub fn main() !void {
    const stdout = std.io.getStdOut().writer();
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var out = std.ArrayList(u8).init(a);
    defer out.deinit();
    const w = out.writer();
    for (1..16) |i| {
        if (i % 15 == 0) try w.writeAll("FizzBuzz") else if (i % 3 == 0) try w.writeAll("Fizz") else if (i % 5 == 0) try w.writeAll("Buzz") else try w.print("{d}", .{i});
        try w.writeByte(if (i == 15) '\n' else ',');
    }
    try stdout.print("{s}", .{out.items});
    const msg = try std.fmt.allocPrint(a, "{s} has {d} bytes, first '{c}'", .{ "out", out.items.len, out.items[0] });
    defer a.free(msg);
    try stdout.print("{s}\n", .{msg});
    var parts = std.mem.splitSequence(u8, "a::b::::c", "::");
    while (parts.next()) |p| try stdout.print("[{s}]", .{p});
    try stdout.writeAll("\n");
    const nums = [_][]const u8{ "42", "-7", "x1", "300", "0x1F" };
    for (nums) |n| {
        if (std.fmt.parseInt(u8, n, 0)) |v| {
            try stdout.print("{s} -> {d}\n", .{ n, v });
        } else |err| {
            try stdout.print("{s} -> {s}\n", .{ n, @errorName(err) });
        }
    }
    std.debug.print("{d} {?d} {}\n", .{ std.mem.indexOf(u8, "hello world", "o w").?, std.mem.lastIndexOfScalar(u8, "hello", 'l'), std.mem.eql(u8, "ab", "ab") });
}
