const std = @import("std");

const Person = struct {
    name: []const u8,
    age: u8,
};

fn byAgeThenName(_: void, a: Person, b: Person) bool {
    if (a.age != b.age) return a.age < b.age;
    return std.mem.order(u8, a.name, b.name) == .lt;
}

fn byNameDesc(_: void, a: Person, b: Person) bool {
    return std.mem.order(u8, a.name, b.name) == .gt;
}

pub fn main() void {
    var people = [_]Person{
        .{ .name = "Zoe", .age = 30 },
        .{ .name = "adam", .age = 25 },
        .{ .name = "Bob", .age = 30 },
        .{ .name = "Cy", .age = 19 },
        .{ .name = "Al", .age = 25 },
    };
    std.sort.block(Person, &people, {}, byAgeThenName);
    for (people) |p| std.debug.print("{s}:{d} ", .{ p.name, p.age });
    std.debug.print("\n", .{});
    std.sort.pdq(Person, &people, {}, byNameDesc);
    for (people) |p| std.debug.print("{s} ", .{p.name});
    std.debug.print("\n", .{});
    std.sort.insertion(Person, &people, {}, byAgeThenName);
    std.debug.print("sorted? {}\n", .{std.sort.isSorted(Person, &people, {}, byAgeThenName)});
    var nums = [_]i32{ 5, -2, 9, 0, -7, 3 };
    std.sort.heap(i32, &nums, {}, std.sort.desc(i32));
    std.debug.print("{any}\n", .{nums});
    std.mem.sortUnstable(i32, &nums, {}, std.sort.asc(i32));
    std.debug.print("{any}\n", .{nums});
    const idx = std.sort.binarySearch(i32, &nums, @as(i32, 3), struct {
        fn cmp(key: i32, item: i32) std.math.Order {
            return std.math.order(key, item);
        }
    }.cmp);
    std.debug.print("idx {?d}\n", .{idx});
    std.debug.print("min {?d} max {?d}\n", .{ std.sort.argMin(i32, &nums, {}, std.sort.asc(i32)), std.sort.argMax(i32, &nums, {}, std.sort.asc(i32)) });
    std.mem.reverse(i32, &nums);
    std.debug.print("{any}\n", .{nums});
    std.debug.print("{d}\n", .{nums[nums.len - 7 + 1 ..].len});
}
