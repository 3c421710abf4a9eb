const std = @import("std");

const Fruit = enum { apple, pear, plum };
const Bag = std.enums.EnumMultiset(Fruit);

fn show(label: []const u8, b: Bag) void {
    std.debug.print("{s}: apple={d} pear={d} plum={d} (count {d})\n", .{ label, b.getCount(.apple), b.getCount(.pear), b.getCount(.plum), b.count() });
}

pub fn main() !void {
    var b = Bag.init(.{ .pear = 5 });
    b.remove(.pear, 2);
    show("minus 2", b);
    b.remove(.pear, 10);
    show("minus 10 clamps", b);
    b.remove(.apple, 1);
    show("remove absent", b);
}
