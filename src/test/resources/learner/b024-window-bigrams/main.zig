const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const word = "banana";
    var it = std.mem.window(u8, word, 2, 1);
    std.debug.print("bigrams of {s}:", .{word});
    while (it.next()) |bg| std.debug.print(" {s}", .{bg});
    std.debug.print("\n", .{});

    var chunks = std.mem.window(u8, "abcdefgh", 3, 3);
    std.debug.print("chunks of 3:", .{});
    while (chunks.next()) |c| std.debug.print(" [{s}]", .{c});
    std.debug.print("\n", .{});

    var counts = std.StringHashMap(usize).init(allocator);
    defer counts.deinit();
    const text = "mississippi";
    var w = std.mem.window(u8, text, 2, 1);
    while (w.next()) |bg| {
        const gop = try counts.getOrPut(bg);
        gop.value_ptr.* = if (gop.found_existing) gop.value_ptr.* + 1 else 1;
    }
    const wanted = [_][]const u8{ "ss", "is", "si", "pp", "ip", "mi", "xx" };
    for (wanted) |bg| std.debug.print("{s}: {d}\n", .{ bg, counts.get(bg) orelse 0 });

    var words = std.ArrayList([]const u8).init(allocator);
    defer words.deinit();
    var tok = std.mem.tokenizeScalar(u8, "to be or not to be", ' ');
    while (tok.next()) |t| try words.append(t);
    var phrases = std.mem.window([]const u8, words.items, 3, 1);
    while (phrases.next()) |p| {
        std.debug.print("phrase:", .{});
        for (p) |x| std.debug.print(" {s}", .{x});
        std.debug.print("\n", .{});
    }
}
