const std = @import("std");

const Fruit = enum { apple, pear, plum };
const Bag = std.enums.EnumMultiset(Fruit);

fn show(label: []const u8, b: Bag) void {
    std.debug.print("{s}: apple={d} pear={d} plum={d} (count {d})\n", .{ label, b.getCount(.apple), b.getCount(.pear), b.getCount(.plum), b.count() });
}

pub fn main() !void {
    const a = Bag.init(.{ .apple = 1 });
    const b = Bag.init(.{ .apple = 2, .pear = 1 });
    std.debug.print("a sub b: {}\n", .{a.subsetOf(b)});
    std.debug.print("b sub a: {}\n", .{b.subsetOf(a)});
    std.debug.print("a sub a: {}\n", .{a.subsetOf(a)});
}
