const std = @import("std");

const Fruit = enum { apple, pear, plum };
const Bag = std.enums.EnumMultiset(Fruit);

fn show(label: []const u8, b: Bag) void {
    std.debug.print("{s}: apple={d} pear={d} plum={d} (count {d})\n", .{ label, b.getCount(.apple), b.getCount(.pear), b.getCount(.plum), b.count() });
}

pub fn main() !void {
    var b = Bag.init(.{ .apple = 3, .pear = 1 });
    b.removeSet(Bag.init(.{ .apple = 1, .pear = 5, .plum = 2 }));
    show("after", b);
}
