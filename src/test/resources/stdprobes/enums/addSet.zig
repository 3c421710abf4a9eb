const std = @import("std");

const Fruit = enum { apple, pear, plum };
const Bag = std.enums.EnumMultiset(Fruit);

fn show(label: []const u8, b: Bag) void {
    std.debug.print("{s}: apple={d} pear={d} plum={d} (count {d})\n", .{ label, b.getCount(.apple), b.getCount(.pear), b.getCount(.plum), b.count() });
}

pub fn main() !void {
    const Small = std.enums.BoundedEnumMultiset(Fruit, u8);
    var b = Small.init(.{ .apple = 200 });
    try b.addSet(Small.init(.{ .apple = 50, .plum = 1 }));
    std.debug.print("apple {d} plum {d}\n", .{ b.getCount(.apple), b.getCount(.plum) });
    b.addSet(Small.init(.{ .apple = 6 })) catch |e| std.debug.print("overflow: {s}\n", .{@errorName(e)});
    std.debug.print("apple after error: {d}\n", .{b.getCount(.apple)});
}
