const std = @import("std");

const Fruit = enum { apple, pear, plum };
const Bag = std.enums.EnumMultiset(Fruit);

fn show(label: []const u8, b: Bag) void {
    std.debug.print("{s}: apple={d} pear={d} plum={d} (count {d})\n", .{ label, b.getCount(.apple), b.getCount(.pear), b.getCount(.plum), b.count() });
}

pub fn main() !void {
    const Small = std.enums.BoundedEnumMultiset(Fruit, u8);
    const a = Small.init(.{ .pear = 100 });
    const c = try a.plus(Small.init(.{ .pear = 100 }));
    std.debug.print("pear: {d}\n", .{c.getCount(.pear)});
    std.debug.print("overflow: {s}\n", .{if (c.plus(c)) |_| "ok" else |e| @errorName(e)});
}
