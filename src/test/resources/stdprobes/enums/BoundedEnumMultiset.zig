const std = @import("std");

const Fruit = enum { apple, pear, plum };
const Bag = std.enums.EnumMultiset(Fruit);

fn show(label: []const u8, b: Bag) void {
    std.debug.print("{s}: apple={d} pear={d} plum={d} (count {d})\n", .{ label, b.getCount(.apple), b.getCount(.pear), b.getCount(.plum), b.count() });
}

pub fn main() !void {
    const Small = std.enums.BoundedEnumMultiset(Fruit, u2);
    var b = Small.initEmpty();
    b.addAssertSafe(.pear, 3);
    std.debug.print("pear: {d}\n", .{b.getCount(.pear)});
    std.debug.print("add 1 more: {any}\n", .{b.add(.pear, 1)});
    std.debug.print("count type: {s}\n", .{@typeName(@TypeOf(b.getCount(.pear)))});
}
