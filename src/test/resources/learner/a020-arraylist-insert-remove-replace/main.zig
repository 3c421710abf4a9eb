const std = @import("std");

fn show(label: []const u8, list: std.ArrayList(u8)) void {
    std.debug.print("{s:<16} \"{s}\" len={d}\n", .{ label, list.items, list.items.len });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();

    var line = std.ArrayList(u8).init(gpa.allocator());
    defer line.deinit();

    try line.appendSlice("helo world");
    show("start", line);
    try line.insert(3, 'l');
    show("insert l", line);
    try line.insertSlice(0, ">> ");
    show("insertSlice", line);
    const removed = line.orderedRemove(0);
    show("orderedRemove", line);
    std.debug.print("  removed '{c}'\n", .{removed});
    try line.replaceRange(8, 5, "there, zig");
    show("replaceRange", line);
    const swapped = line.swapRemove(1);
    show("swapRemove", line);
    std.debug.print("  removed '{c}', last is now '{c}'\n", .{ swapped, line.getLast() });
    try line.replaceRange(0, 3, "");
    show("replace empty", line);
}
