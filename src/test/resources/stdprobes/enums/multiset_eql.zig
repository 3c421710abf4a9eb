const std = @import("std");

const Fruit = enum { apple, pear, plum };
const Bag = std.enums.EnumMultiset(Fruit);

fn show(label: []const u8, b: Bag) void {
    std.debug.print("{s}: apple={d} pear={d} plum={d} (count {d})\n", .{ label, b.getCount(.apple), b.getCount(.pear), b.getCount(.plum), b.count() });
}

pub fn main() !void {
    const a = Bag.init(.{ .apple = 2 });
    std.debug.print("same: {}\n", .{a.eql(Bag.init(.{ .apple = 2 }))});
    std.debug.print("different: {}\n", .{a.eql(Bag.init(.{ .apple = 1 }))});
    std.debug.print("empties: {}\n", .{Bag.initEmpty().eql(Bag.initWithCount(0))});
}
