const std = @import("std");

fn reverseWords(allocator: std.mem.Allocator, sentence: []const u8) ![]u8 {
    var words = std.ArrayList([]const u8).init(allocator);
    defer words.deinit();
    var it = std.mem.tokenizeScalar(u8, sentence, ' ');
    while (it.next()) |w| try words.append(w);
    std.mem.reverse([]const u8, words.items);
    return std.mem.join(allocator, " ", words.items);
}

fn reverseEachWord(buf: []u8) void {
    var start: usize = 0;
    for (buf, 0..) |c, i| {
        if (c == ' ') {
            std.mem.reverse(u8, buf[start..i]);
            start = i + 1;
        }
    }
    std.mem.reverse(u8, buf[start..]);
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const sentences = [_][]const u8{
        "hello world",
        "  the   quick brown    fox ",
        "single",
        "",
    };
    for (sentences) |s| {
        const r = try reverseWords(allocator, s);
        defer allocator.free(r);
        std.debug.print("[{s}] -> [{s}]\n", .{ s, r });
    }

    var line = "stressed desserts live evil".*;
    reverseEachWord(&line);
    std.debug.print("each word: {s}\n", .{line});
    std.mem.reverse(u8, &line);
    std.debug.print("whole line: {s}\n", .{line});
}
