const std = @import("std");

const Hand = std.BoundedArray(u8, 5);

fn describe(hand: *const Hand) void {
    std.debug.print("hand ({d}/{d}): {any}\n", .{ hand.len, hand.capacity(), hand.constSlice() });
}

pub fn main() !void {
    var hand = try Hand.fromSlice(&.{ 7, 2, 11 });
    describe(&hand);

    try hand.append(5);
    hand.appendSlice(&.{ 9, 1 }) catch |err| {
        std.debug.print("appendSlice failed: {s}\n", .{@errorName(err)});
    };
    try hand.insert(0, 13);
    describe(&hand);

    const played = hand.orderedRemove(2);
    std.debug.print("played {d}\n", .{played});
    hand.set(0, 1);
    std.mem.sort(u8, hand.slice(), {}, std.sort.asc(u8));
    describe(&hand);
    std.debug.print("lowest {d}, highest {d}\n", .{ hand.get(0), hand.get(hand.len - 1) });

    var labels = std.BoundedArray(u8, 32){};
    for (hand.constSlice()) |card| try labels.writer().print("{d},", .{card});
    labels.len -= 1;
    std.debug.print("labels: {s}\n", .{labels.slice()});

    try hand.resize(2);
    describe(&hand);
    const err = hand.appendNTimes(0, 4);
    std.debug.print("appendNTimes: {any}, len still {d}\n", .{ err, hand.len });
}
