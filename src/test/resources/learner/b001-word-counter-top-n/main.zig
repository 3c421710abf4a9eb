const std = @import("std");

const Entry = struct {
    word: []const u8,
    count: u32,
};

fn byCountThenWord(_: void, a: Entry, b: Entry) bool {
    if (a.count != b.count) return a.count > b.count;
    return std.mem.lessThan(u8, a.word, b.word);
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const text =
        \\The cat sat on the mat. The dog sat on the log;
        \\a cat and a dog. THE END, the end!
    ;

    var counts = std.StringHashMap(u32).init(allocator);
    defer {
        var keys = counts.keyIterator();
        while (keys.next()) |k| allocator.free(k.*);
        counts.deinit();
    }

    var words = std.mem.tokenizeAny(u8, text, " \n.,;!");
    var buf: [64]u8 = undefined;
    while (words.next()) |raw| {
        const lower = std.ascii.lowerString(&buf, raw);
        const gop = try counts.getOrPut(lower);
        if (gop.found_existing) {
            gop.value_ptr.* += 1;
        } else {
            gop.key_ptr.* = try allocator.dupe(u8, lower);
            gop.value_ptr.* = 1;
        }
    }

    var entries = std.ArrayList(Entry).init(allocator);
    defer entries.deinit();
    var it = counts.iterator();
    while (it.next()) |kv| {
        try entries.append(.{ .word = kv.key_ptr.*, .count = kv.value_ptr.* });
    }
    std.mem.sort(Entry, entries.items, {}, byCountThenWord);

    const top_n = 5;
    std.debug.print("{d} distinct words, top {d}:\n", .{ entries.items.len, top_n });
    for (entries.items[0..@min(top_n, entries.items.len)], 1..) |e, rank| {
        std.debug.print("{d}. {s:<6} {d}\n", .{ rank, e.word, e.count });
    }
}
