const std = @import("std");

const Person = struct {
    name: []const u8,
    age: u8,
};

const SortBy = enum { name, age };

fn personLess(by: SortBy, a: Person, b: Person) bool {
    return switch (by) {
        .name => std.mem.lessThan(u8, a.name, b.name),
        .age => if (a.age == b.age) std.mem.lessThan(u8, a.name, b.name) else a.age < b.age,
    };
}

fn show(label: []const u8, people: []const Person) void {
    std.debug.print("{s}:", .{label});
    for (people) |p| std.debug.print(" {s}({d})", .{ p.name, p.age });
    std.debug.print("\n", .{});
}

pub fn main() void {
    var people = [_]Person{
        .{ .name = "mira", .age = 31 },
        .{ .name = "bo", .age = 25 },
        .{ .name = "zoe", .age = 25 },
        .{ .name = "al", .age = 40 },
        .{ .name = "mir", .age = 19 },
    };

    std.debug.print("sorted by name? {}\n", .{std.sort.isSorted(Person, &people, SortBy.name, personLess)});
    std.sort.pdq(Person, &people, SortBy.name, personLess);
    show("by name", &people);
    std.debug.print("sorted by name? {}\n", .{std.sort.isSorted(Person, &people, SortBy.name, personLess)});

    std.sort.pdq(Person, &people, SortBy.age, personLess);
    show("by age", &people);

    const pairs = [_][2][]const u8{
        .{ "apple", "apples" },
        .{ "b", "a" },
        .{ "same", "same" },
        .{ "", "x" },
        .{ "Zebra", "apple" },
    };
    for (pairs) |p| {
        const o = std.mem.order(u8, p[0], p[1]);
        std.debug.print("order({s}, {s}) = {s}\n", .{ p[0], p[1], @tagName(o) });
    }

    var words = [_][]const u8{ "pear", "Fig", "apple", "banana", "cherry" };
    std.sort.insertion([]const u8, &words, {}, struct {
        fn lt(_: void, a: []const u8, b: []const u8) bool {
            return std.mem.order(u8, a, b) == .lt;
        }
    }.lt);
    for (words, 0..) |w, i| std.debug.print("{d}: {s}\n", .{ i, w });
}
