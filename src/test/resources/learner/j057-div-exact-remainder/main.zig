const std = @import("std");

fn perPerson(total: u32, people: u32) u32 {
    return @divExact(total, people);
}

pub fn main() void {
    const bills = [_][2]u32{ .{ 100, 4 }, .{ 90, 3 }, .{ 50, 3 } };
    for (bills) |b| std.debug.print("{d}/{d} = {d}\n", .{ b[0], b[1], perPerson(b[0], b[1]) });
}
