const std = @import("std");

const text =
    \\the cat sat on the mat
    \\The dog sat on the log
    \\a cat and a dog
;

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("gpa: {s}\n", .{@tagName(gpa.deinit())});
    const allocator = gpa.allocator();

    var counts = std.StringHashMap(u32).init(allocator);
    defer {
        var keys = counts.keyIterator();
        while (keys.next()) |key| allocator.free(key.*);
        counts.deinit();
    }

    var buf: [32]u8 = undefined;
    var words = std.mem.tokenizeAny(u8, text, " \n");
    while (words.next()) |raw| {
        const word = std.ascii.lowerString(&buf, raw);
        const gop = try counts.getOrPut(word);
        if (!gop.found_existing) {
            // the map stores the slice, so it must own a copy (buf is reused)
            gop.key_ptr.* = try allocator.dupe(u8, word);
            gop.value_ptr.* = 0;
        }
        gop.value_ptr.* += 1;
    }

    std.debug.print("{d} distinct words\n", .{counts.count()});
    for ([_][]const u8{ "the", "cat", "dog", "a", "bird" }) |w| {
        std.debug.print("{s}: {d}\n", .{ w, counts.get(w) orelse 0 });
    }

    if (counts.fetchRemove("sat")) |kv| {
        std.debug.print("removed '{s}' ({d})\n", .{ kv.key, kv.value });
        allocator.free(kv.key);
    }
    std.debug.print("now {d} words, has sat: {}\n", .{ counts.count(), counts.contains("sat") });
}
