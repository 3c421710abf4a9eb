const std = @import("std");

const Entry = struct { word: []const u8, count: usize };

fn cmpEntry(_: void, a: Entry, b: Entry) bool {
    if (a.count != b.count) return a.count > b.count;
    return std.mem.order(u8, a.word, b.word) == .lt;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    const text =
        \\It was the best of times, it was the worst of times,
        \\it was the age of wisdom, it was the age of foolishness
    ;
    var map = std.StringArrayHashMap(usize).init(alloc);
    defer {
        for (map.keys()) |k| alloc.free(k);
        map.deinit();
    }
    var it = std.mem.tokenizeAny(u8, text, " ,\n");
    while (it.next()) |raw| {
        const lower = try std.ascii.allocLowerString(alloc, raw);
        const gop = try map.getOrPut(lower);
        if (gop.found_existing) {
            alloc.free(lower);
            gop.value_ptr.* += 1;
        } else gop.value_ptr.* = 1;
    }
    var entries = std.ArrayList(Entry).init(alloc);
    defer entries.deinit();
    var mit = map.iterator();
    while (mit.next()) |e| try entries.append(.{ .word = e.key_ptr.*, .count = e.value_ptr.* });
    std.sort.pdq(Entry, entries.items, {}, cmpEntry);
    for (entries.items[0..5]) |e| std.debug.print("{s:>8} {d}\n", .{ e.word, e.count });
    std.debug.print("distinct {d}, first inserted '{s}'\n", .{ map.count(), map.keys()[0] });
}
