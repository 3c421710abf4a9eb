const std = @import("std");

const Entry = struct { word: []const u8, n: u32 };

fn byCountThenWord(_: void, a: Entry, b: Entry) bool {
    if (a.n != b.n) return a.n > b.n;
    return std.mem.lessThan(u8, a.word, b.word);
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    const text =
        \\the quick brown fox jumps over the lazy dog
        \\The dog barks; the fox runs.  A quick end!
    ;
    var counts = std.StringHashMap(u32).init(alloc);
    defer counts.deinit();
    var buf: [32]u8 = undefined;
    var it = std.mem.tokenizeAny(u8, text, " \n;.!");
    while (it.next()) |raw| {
        const lower = std.ascii.lowerString(&buf, raw);
        const gop = try counts.getOrPut(lower);
        if (!gop.found_existing) {
            gop.key_ptr.* = try alloc.dupe(u8, lower);
            gop.value_ptr.* = 0;
        }
        gop.value_ptr.* += 1;
    }
    var list = std.ArrayList(Entry).init(alloc);
    defer list.deinit();
    var kit = counts.iterator();
    while (kit.next()) |e| try list.append(.{ .word = e.key_ptr.*, .n = e.value_ptr.* });
    std.mem.sort(Entry, list.items, {}, byCountThenWord);
    for (list.items[0..6]) |e| std.debug.print("{s:<6} {d:>2}\n", .{ e.word, e.n });
    std.debug.print("distinct={d} has fox={} has cat={}\n", .{ counts.count(), counts.contains("fox"), counts.contains("cat") });
    if (counts.fetchRemove("a")) |kv| {
        std.debug.print("removed {s}={d}\n", .{ kv.key, kv.value });
        alloc.free(kv.key);
    }
    var fit = counts.keyIterator();
    var freed: usize = 0;
    while (fit.next()) |k| {
        if (freed == 3) break;
        alloc.free(k.*);
        freed += 1;
    }
}
