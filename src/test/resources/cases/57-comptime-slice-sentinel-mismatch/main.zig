const std = @import("std");

fn fromString() void {
    const word: [5:0]u8 = "abcde".*;
    const whole: [:0]const u8 = word[1..5 :0];
    const part: [:0]const u8 = word[1..3 :0];
    std.debug.print("{s} {s}\n", .{ whole, part });
}

fn fromArray() void {
    const nums = [_]u16{ 7, 0, 9, 4 };
    const ok: [:0]const u16 = nums[0..1 :0];
    const bad: [:0]const u16 = nums[1..2 :0];
    std.debug.print("{any} {any}\n", .{ ok, bad });
}

fn atComptime() void {
    const n = comptime blk: {
        const a = [_]i8{ 1, -2, 3 };
        const s = a[0..1 :-1];
        break :blk s.len;
    };
    std.debug.print("{d}\n", .{n});
}

pub fn main() void {
    fromString();
    fromArray();
    atComptime();
}
