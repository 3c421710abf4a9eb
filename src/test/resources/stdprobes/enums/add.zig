const std = @import("std");

const Fruit = enum { apple, pear, plum };
const Bag = std.enums.EnumMultiset(Fruit);

fn show(label: []const u8, b: Bag) void {
    std.debug.print("{s}: apple={d} pear={d} plum={d} (count {d})\n", .{ label, b.getCount(.apple), b.getCount(.pear), b.getCount(.plum), b.count() });
}

pub fn main() !void {
    var b = std.enums.BoundedEnumMultiset(Fruit, u8).initEmpty();
    try b.add(.apple, 200);
    std.debug.print("apple: {d}\n", .{b.getCount(.apple)});
    b.add(.apple, 100) catch |e| std.debug.print("add 100: {s}\n", .{@errorName(e)});
    std.debug.print("apple still: {d}\n", .{b.getCount(.apple)});
    try b.add(.apple, 55);
    std.debug.print("apple max: {d}\n", .{b.getCount(.apple)});
}
