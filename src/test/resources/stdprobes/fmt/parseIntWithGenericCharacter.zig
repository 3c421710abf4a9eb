const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    const wide = [_]u16{ '4', '2' };
    std.debug.print("u16 chars: {!}\n", .{fmt.parseIntWithGenericCharacter(u32, u16, &wide, 10)});
    const neg = [_]u21{ '-', '1', '0' };
    std.debug.print("u21 neg: {!}\n", .{fmt.parseIntWithGenericCharacter(i32, u21, &neg, 16)});
    const bad = [_]u16{ '4', 0x100 + '2' };
    std.debug.print("bad: {!}\n", .{fmt.parseIntWithGenericCharacter(u32, u16, &bad, 10)});
    std.debug.print("u8 bin: {!}\n", .{fmt.parseIntWithGenericCharacter(u8, u8, "0b101", 0)});
}
