const std = @import("std");

const Fruit = enum { apple, pear, plum };
const Bag = std.enums.EnumMultiset(Fruit);

fn show(label: []const u8, b: Bag) void {
    std.debug.print("{s}: apple={d} pear={d} plum={d} (count {d})\n", .{ label, b.getCount(.apple), b.getCount(.pear), b.getCount(.plum), b.count() });
}

pub fn main() !void {
    var b = Bag.initEmpty();
    b.addAssertSafe(.plum, 3);
    b.addAssertSafe(.plum, 0);
    b.addAssertSafe(.apple, 1);
    show("added", b);
}
