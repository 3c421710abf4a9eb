const std = @import("std");

pub fn main() void {
    const csv = "name,,age,city,";
    var it = std.mem.splitScalar(u8, csv, ',');
    var i: usize = 0;
    while (it.next()) |f| : (i += 1) std.debug.print("split[{d}]=\"{s}\"\n", .{ i, f });
    var rest = std.mem.splitSequence(u8, "a::b:::c::", "::");
    std.debug.print("first={s} rest={s}\n", .{ rest.first(), rest.rest() });
    while (rest.next()) |p| std.debug.print("seq \"{s}\"\n", .{p});
    var back = std.mem.splitBackwardsScalar(u8, "/usr/local/bin", '/');
    while (back.next()) |p| std.debug.print("back \"{s}\"\n", .{p});
    var tok = std.mem.tokenizeScalar(u8, "   ", ' ');
    std.debug.print("tokens in blanks: {?s}\n", .{tok.next()});
    var tok2 = std.mem.tokenizeSequence(u8, "--x----y--", "--");
    while (tok2.next()) |t| std.debug.print("tok \"{s}\" peek={?s}\n", .{ t, tok2.peek() });
    var win = std.mem.window(u8, "abcdefg", 3, 2);
    while (win.next()) |w| std.debug.print("win {s}\n", .{w});
    std.debug.print("trim=\"{s}\" left=\"{s}\" right=\"{s}\"\n", .{ std.mem.trim(u8, "  xx  ", " "), std.mem.trimLeft(u8, "..a..", "."), std.mem.trimRight(u8, "..a..", ".") });
    std.debug.print("indexOf={?d} last={?d} none={?d} any={?d}\n", .{ std.mem.indexOf(u8, "banana", "an"), std.mem.lastIndexOf(u8, "banana", "an"), std.mem.indexOf(u8, "banana", "x"), std.mem.indexOfAny(u8, "banana", "nz") });
    std.debug.print("count={d} starts={} ends={}\n", .{ std.mem.count(u8, "aaaa", "aa"), std.mem.startsWith(u8, "zigzag", "zig"), std.mem.endsWith(u8, "zigzag", "zig") });
    var buf: [32]u8 = undefined;
    const n = std.mem.replace(u8, "one two one", "one", "1", &buf);
    std.debug.print("replaced {d}: {s}\n", .{ n, buf[0 .. 11 - n * 2] });
    var arr = [_]u8{ 1, 2, 3, 4, 5 };
    std.mem.reverse(u8, &arr);
    std.mem.rotate(u8, &arr, 2);
    std.debug.print("rev+rot={any} max={d} min={d}\n", .{ arr, std.mem.max(u8, &arr), std.mem.min(u8, &arr) });
    const joined = std.mem.join(std.heap.page_allocator, "-", &.{ "a", "", "c" }) catch unreachable;
    std.debug.print("joined={s} order={}\n", .{ joined, std.mem.order(u8, "abc", "abd") });
    std.debug.print("readInt={d} {x}\n", .{ std.mem.readInt(u16, &[_]u8{ 0x12, 0x34 }, .big), std.mem.readInt(u32, &[_]u8{ 1, 0, 0, 0x80 }, .little) });
}
