const std = @import("std");

const text =
    \\the cat sat on the mat
    \\the dog sat on the log
    \\a cat and a dog
;

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var counts = std.StringHashMap(u32).init(allocator);
    defer counts.deinit();

    var lines = std.mem.splitScalar(u8, text, '\n');
    var line_no: usize = 0;
    while (lines.next()) |line| : (line_no += 1) {
        var words = std.mem.tokenizeScalar(u8, line, ' ');
        while (words.next()) |w| {
            const gop = try counts.getOrPut(w);
            if (!gop.found_existing) gop.value_ptr.* = 0;
            gop.value_ptr.* += 1;
        }
    }
    std.debug.print("{d} lines, {d} distinct words\n", .{ line_no, counts.count() });

    // collect and sort for stable output
    var keys = std.ArrayList([]const u8).init(allocator);
    defer keys.deinit();
    var it = counts.iterator();
    while (it.next()) |e| try keys.append(e.key_ptr.*);
    std.mem.sort([]const u8, keys.items, {}, struct {
        fn lt(_: void, a: []const u8, b: []const u8) bool {
            return std.mem.lessThan(u8, a, b);
        }
    }.lt);
    for (keys.items) |k| std.debug.print("{s}: {d}\n", .{ k, counts.get(k).? });

    // drop stop words
    for ([_][]const u8{ "the", "a", "on", "zebra" }) |stop| {
        const removed = counts.remove(stop);
        std.debug.print("remove {s}: {}\n", .{ stop, removed });
    }
    if (counts.fetchRemove("and")) |kv| std.debug.print("fetchRemove {s} -> {d}\n", .{ kv.key, kv.value });
    std.debug.print("left {d}, contains cat: {}, dog count: {?d}\n", .{ counts.count(), counts.contains("cat"), counts.get("dog") });

    var vit = counts.valueIterator();
    var sum: u32 = 0;
    while (vit.next()) |v| sum += v.*;
    std.debug.print("remaining occurrences {d}\n", .{sum});
}
