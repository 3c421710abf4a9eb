const std = @import("std");

const Fruit = enum { apple, pear, plum };
const Bag = std.enums.EnumMultiset(Fruit);

fn show(label: []const u8, b: Bag) void {
    std.debug.print("{s}: apple={d} pear={d} plum={d} (count {d})\n", .{ label, b.getCount(.apple), b.getCount(.pear), b.getCount(.plum), b.count() });
}

pub fn main() !void {
    std.debug.print("empty: {d}\n", .{Bag.initEmpty().count()});
    std.debug.print("2+5: {d}\n", .{Bag.init(.{ .apple = 2, .plum = 5 }).count()});
    std.debug.print("10 each: {d}\n", .{Bag.initWithCount(10).count()});
}
