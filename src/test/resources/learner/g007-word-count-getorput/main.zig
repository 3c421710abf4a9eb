const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var counts = std.StringHashMap(u32).init(allocator);
    defer {
        var it = counts.keyIterator();
        while (it.next()) |k| allocator.free(k.*);
        counts.deinit();
    }
    const text = "the cat and the hat and THE bat";
    var words = std.mem.tokenizeScalar(u8, text, ' ');
    while (words.next()) |w| {
        const lower = try std.ascii.allocLowerString(allocator, w);
        const gop = try counts.getOrPut(lower);
        if (gop.found_existing) {
            allocator.free(lower);
            gop.value_ptr.* += 1;
        } else {
            gop.value_ptr.* = 1;
        }
    }
    var keys = std.ArrayList([]const u8).init(allocator);
    defer keys.deinit();
    var kit = counts.keyIterator();
    while (kit.next()) |k| try keys.append(k.*);
    std.mem.sort([]const u8, keys.items, {}, struct {
        fn lt(_: void, a: []const u8, b: []const u8) bool {
            return std.mem.lessThan(u8, a, b);
        }
    }.lt);
    for (keys.items) |k| std.debug.print("{s:<5}{d:>3}\n", .{ k, counts.get(k).? });
    std.debug.print("count {d} contains(dog) {}\n", .{ counts.count(), counts.contains("dog") });
    if (counts.fetchRemove("cat")) |kv| {
        std.debug.print("removed {s}={d}\n", .{ kv.key, kv.value });
        allocator.free(kv.key);
    }
    const e = try counts.getOrPutValue("and", 100);
    std.debug.print("and -> {d}\n", .{e.value_ptr.*});
    std.debug.print("count {d}\n", .{counts.count()});
}
