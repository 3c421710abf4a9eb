const std = @import("std");

fn byLenDesc(_: void, a: []const u8, b: []const u8) bool {
    if (a.len != b.len) return a.len > b.len;
    return std.mem.lessThan(u8, a, b);
}

fn splitWords(alloc: std.mem.Allocator, text: []const u8) ![][]u8 {
    var list = std.ArrayList([]u8).init(alloc);
    errdefer {
        for (list.items) |w| alloc.free(w);
        list.deinit();
    }
    var it = std.mem.tokenizeAny(u8, text, " ,.!?\n");
    while (it.next()) |w| try list.append(try alloc.dupe(u8, w));
    return list.toOwnedSlice();
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    const words = try splitWords(alloc, "Slices of slices, owned by the caller. Free each one, then the outer slice!");
    std.debug.print("{d} words\n", .{words.len});
    std.sort.pdq([]u8, words, {}, struct {
        fn lt(_: void, a: []u8, b: []u8) bool {
            return byLenDesc({}, a, b);
        }
    }.lt);
    for (words[0..5]) |w| std.debug.print("{s} ", .{w});
    std.debug.print("\n", .{});
    for (words) |w| {
        for (w) |*c| c.* = std.ascii.toUpper(c.*);
    }
    const joined = try std.mem.join(alloc, "_", words[words.len - 3 ..]);
    defer alloc.free(joined);
    std.debug.print("{s}\n", .{joined});
    const firsts = try alloc.alloc(u8, words.len);
    defer alloc.free(firsts);
    for (words, firsts) |w, *f| f.* = w[0];
    std.debug.print("{s}\n", .{firsts});
    for (words[1..]) |w| alloc.free(w);
    alloc.free(words);
}
