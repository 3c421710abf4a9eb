const std = @import("std");

fn report(tag: []const u8, list: anytype) void {
    std.debug.print("{s:<24} len={d:<3} cap={d:<3} {any}\n", .{ tag, list.items.len, list.capacity, list.items });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();

    var scores = std.ArrayList(u16).init(gpa.allocator());
    defer scores.deinit();

    try scores.appendNTimes(0, 3);
    report("appendNTimes(0, 3)", scores);
    try scores.append(7);
    report("append(7)", scores);
    try scores.resize(6);
    scores.items[4] = 11;
    scores.items[5] = 12;
    report("resize(6) + fill", scores);
    scores.shrinkRetainingCapacity(2);
    report("shrinkRetaining(2)", scores);
    try scores.ensureTotalCapacity(40);
    report("ensureTotalCapacity(40)", scores);
    try scores.appendNTimes(9, 4);
    report("appendNTimes(9, 4)", scores);
    scores.shrinkAndFree(3);
    report("shrinkAndFree(3)", scores);
    scores.clearRetainingCapacity();
    report("clearRetaining", scores);
    std.debug.print("unused capacity slots: {d}\n", .{scores.unusedCapacitySlice().len});
    scores.clearAndFree();
    report("clearAndFree", scores);
}
