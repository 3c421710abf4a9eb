const std = @import("std");

const Grades = std.StringArrayHashMapUnmanaged(std.ArrayListUnmanaged(u8));

fn record(grades: *Grades, allocator: std.mem.Allocator, student: []const u8, grade: u8) !void {
    const gop = try grades.getOrPut(allocator, student);
    if (!gop.found_existing) gop.value_ptr.* = .empty;
    try gop.value_ptr.append(allocator, grade);
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var grades: Grades = .empty;
    defer {
        for (grades.values()) |*list| list.deinit(allocator);
        grades.deinit(allocator);
    }

    try record(&grades, allocator, "mia", 91);
    try record(&grades, allocator, "leo", 78);
    try record(&grades, allocator, "mia", 85);
    try record(&grades, allocator, "ava", 99);
    try record(&grades, allocator, "leo", 88);
    try record(&grades, allocator, "mia", 72);

    var it = grades.iterator();
    while (it.next()) |entry| {
        var sum: u32 = 0;
        for (entry.value_ptr.items) |g| sum += g;
        std.debug.print("{s}: {any} avg {d}\n", .{ entry.key_ptr.*, entry.value_ptr.items, sum / entry.value_ptr.items.len });
    }

    var seen: std.AutoArrayHashMapUnmanaged(u8, void) = .{};
    defer seen.deinit(allocator);
    for (grades.values()) |list| {
        for (list.items) |g| try seen.put(allocator, g / 10 * 10, {});
    }
    std.debug.print("grade bands seen: {any}\n", .{seen.keys()});

    var explicit: std.ArrayHashMapUnmanaged(u32, bool, std.array_hash_map.AutoContext(u32), false) = .empty;
    defer explicit.deinit(allocator);
    try explicit.put(allocator, 3, true);
    try explicit.put(allocator, 1, false);
    std.debug.print("explicit: {any} {any}\n", .{ explicit.keys(), explicit.values() });
}
