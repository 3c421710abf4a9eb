const std = @import("std");

fn showSplit(label: []const u8, it: anytype) void {
    var iter = it;
    std.debug.print("{s}:", .{label});
    while (iter.next()) |part| std.debug.print(" [{s}]", .{part});
    std.debug.print("\n", .{});
}

pub fn main() void {
    showSplit("split empty", std.mem.splitScalar(u8, "", ','));
    showSplit("split commas", std.mem.splitScalar(u8, ",a,,b,", ','));
    showSplit("tokenize commas", std.mem.tokenizeScalar(u8, ",a,,b,", ','));
    showSplit("tokenize only seps", std.mem.tokenizeAny(u8, " \t \n", " \t\n"));
    showSplit("seq", std.mem.splitSequence(u8, "a::b:::c", "::"));
    showSplit("seq none", std.mem.splitSequence(u8, "abc", "abcd"));
    showSplit("any", std.mem.splitAny(u8, "k=v;x=y", "=;"));
    showSplit("backwards", std.mem.splitBackwardsScalar(u8, "1.2.3", '.'));
    showSplit("window", std.mem.window(u8, "abcde", 3, 2));
    var lines = std.mem.splitScalar(u8, "one\ntwo\n", '\n');
    _ = lines.next();
    std.debug.print("rest: [{s}] peek: [{?s}]\n", .{ lines.rest(), lines.peek() });
    var tk = std.mem.tokenizeScalar(u8, "  x  y  ", ' ');
    _ = tk.next();
    std.debug.print("tk rest: [{s}]\n", .{tk.rest()});
    const s = "hello world, hello zig";
    std.debug.print("indexOf {?d} last {?d} any {?d} none {?d}\n", .{
        std.mem.indexOf(u8, s, "hello"),
        std.mem.lastIndexOf(u8, s, "hello"),
        std.mem.indexOfAny(u8, s, ",z"),
        std.mem.indexOfScalar(u8, s, 'q'),
    });
    std.debug.print("count {d} starts {} ends {}\n", .{ std.mem.count(u8, s, "l"), std.mem.startsWith(u8, s, "hell"), std.mem.endsWith(u8, s, "Zig") });
    std.debug.print("trim [{s}] [{s}] [{s}]\n", .{ std.mem.trim(u8, "--x--", "-"), std.mem.trimLeft(u8, "  x ", " "), std.mem.trimRight(u8, "", " ") });
    std.debug.print("indexOfNone {?d} {?d}\n", .{ std.mem.indexOfNone(u8, "aaab", "a"), std.mem.indexOfNone(u8, "aaa", "a") });
    std.debug.print("eql {} {}\n", .{ std.mem.eql(u8, "", ""), std.mem.eql(u8, "a", "A") });
    std.debug.print("min {d} max {d}\n", .{ std.mem.min(u8, "zebra"), std.mem.max(u8, "zebra") });
    std.debug.print("indexOfPos {?d}\n", .{std.mem.indexOfPos(u8, s, 1, "hello")});
    var it = std.mem.splitScalar(u8, "a,b", ',');
    _ = it.first();
    std.debug.print("{s}\n", .{it.next().?});
    std.debug.print("{s}\n", .{it.next().?});
}
