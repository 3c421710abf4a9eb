const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();

    // nickname -> full name, both owned by the map
    var names = std.StringHashMap([]u8).init(a);
    defer {
        var it = names.iterator();
        while (it.next()) |e| {
            a.free(e.key_ptr.*);
            a.free(e.value_ptr.*);
        }
        names.deinit();
    }
    const people = [_][2][]const u8{
        .{ "ada", "Ada Lovelace" },
        .{ "bob", "Robert Noyce" },
        .{ "gh", "Grace Hopper" },
        .{ "lin", "Linus Torvalds" },
    };
    try names.ensureTotalCapacity(people.len);
    for (people) |p| {
        const gop = names.getOrPutAssumeCapacity(p[0]);
        gop.key_ptr.* = try a.dupe(u8, p[0]);
        gop.value_ptr.* = try a.dupe(u8, p[1]);
    }

    if (names.fetchRemove("bob")) |kv| {
        std.debug.print("removed {s} => {s}\n", .{ kv.key, kv.value });
        a.free(kv.key);
        a.free(kv.value);
    }
    std.debug.print("has bob: {}, getKey(gh): {?s}\n", .{ names.contains("bob"), names.getKey("gh") });

    var keys = std.ArrayList([]const u8).init(a);
    defer keys.deinit();
    var kit = names.keyIterator();
    while (kit.next()) |k| try keys.append(k.*);
    std.mem.sort([]const u8, keys.items, {}, struct {
        fn lt(_: void, x: []const u8, y: []const u8) bool {
            return std.mem.order(u8, x, y) == .lt;
        }
    }.lt);
    for (keys.items) |k| std.debug.print("{s:<4} {s}\n", .{ k, names.get(k).? });

    // rename: the old value is replaced without being freed
    try names.put("gh", try a.dupe(u8, "Rear Admiral Grace Hopper"));
    std.debug.print("gh => {s} ({d} entries)\n", .{ names.get("gh").?, names.count() });
}
