const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    var text = std.ArrayList(u8).init(alloc);
    defer text.deinit();
    try text.appendSlice("the cat sat on the mat");
    try text.insertSlice(4, "fat ");
    try text.replaceRange(0, 3, "A");
    std.debug.print("{s} (len {d})\n", .{ text.items, text.items.len });
    var pos: usize = 0;
    while (std.mem.indexOfPos(u8, text.items, pos, "at")) |i| : (pos = i + 1) std.debug.print("at@{d} ", .{i});
    std.debug.print("\nlast space={?d} first t={?d}\n", .{ std.mem.lastIndexOfScalar(u8, text.items, ' '), std.mem.indexOfScalar(u8, text.items, 't') });
    text.shrinkRetainingCapacity(5);
    std.debug.print("shrunk '{s}' cap>=len {}\n", .{ text.items, text.capacity >= text.items.len });
    const buf = try alloc.alloc(u32, 8);
    for (buf, 0..) |*b, i| b.* = @intCast(i * i);
    const smaller = try alloc.realloc(buf, 3);
    std.debug.print("realloc kept {any}\n", .{smaller});
    const bigger = try alloc.realloc(smaller, 5);
    bigger[3] = 9;
    bigger[4] = 16;
    std.debug.print("grown {any}\n", .{bigger});
    alloc.free(bigger);
    var arena = std.heap.ArenaAllocator.init(alloc);
    defer arena.deinit();
    for (0..3) |round| {
        const a = arena.allocator();
        const s = try std.fmt.allocPrint(a, "round {d}", .{round});
        std.debug.print("{s} ", .{s});
        _ = arena.reset(.retain_capacity);
    }
    std.debug.print("\n", .{});
    const hex = std.fmt.bytesToHex("Zig", .lower);
    std.debug.print("{s}\n", .{&hex});
    text.items[7] = 'x';
}
