const std = @import("std");

const Student = struct {
    name: []const u8,
    grade: u8,
    age: u8,
};

const SortKey = enum { name, grade, age };

fn lessThan(key: SortKey, a: Student, b: Student) bool {
    return switch (key) {
        .name => std.mem.order(u8, a.name, b.name) == .lt,
        .grade => a.grade > b.grade,
        .age => a.age < b.age,
    };
}

const ByLenCtx = struct {
    items: []const []const u8,
    pub fn lessThan(ctx: @This(), a: usize, b: usize) bool {
        return ctx.items[a].len < ctx.items[b].len;
    }
    pub fn swap(ctx: @This(), a: usize, b: usize) void {
        _ = ctx;
        _ = a;
        _ = b;
    }
};

pub fn main() void {
    var class = [_]Student{
        .{ .name = "Mia", .grade = 88, .age = 20 },
        .{ .name = "Ana", .grade = 95, .age = 22 },
        .{ .name = "Leo", .grade = 88, .age = 19 },
        .{ .name = "Ben", .grade = 70, .age = 21 },
    };
    inline for (.{ SortKey.name, SortKey.grade, SortKey.age }) |k| {
        std.sort.block(Student, &class, k, lessThan);
        std.debug.print("{s:<5}:", .{@tagName(k)});
        for (class) |s| std.debug.print(" {s}({d},{d})", .{ s.name, s.grade, s.age });
        std.debug.print("\n", .{});
    }
    var nums = [_]i32{ 5, -2, 9, 0, -7, 3, 3, 8 };
    std.sort.pdq(i32, &nums, {}, std.sort.desc(i32));
    std.debug.print("desc {any}\n", .{nums});
    std.sort.insertion(i32, &nums, {}, std.sort.asc(i32));
    std.debug.print("asc  {any}\n", .{nums});
    std.debug.print("sorted? {} {}\n", .{ std.sort.isSorted(i32, &nums, {}, std.sort.asc(i32)), std.sort.isSorted(i32, &nums, {}, std.sort.desc(i32)) });
    std.debug.print("argMax={?d} min={?d}\n", .{ std.sort.argMax(i32, &nums, {}, std.sort.asc(i32)), std.sort.min(i32, &nums, {}, std.sort.asc(i32)) });
    const found = std.sort.binarySearch(i32, &nums, @as(i32, 8), struct {
        fn cmp(target: i32, x: i32) std.math.Order {
            return std.math.order(target, x);
        }
    }.cmp);
    std.debug.print("binarySearch 8 -> {?d}\n", .{found});
    const words = [_][]const u8{ "kiwi", "fig", "banana", "apple" };
    var idx = [_]usize{ 0, 1, 2, 3 };
    std.mem.sort(usize, &idx, ByLenCtx{ .items = &words }, ByLenCtx.lessThan);
    for (idx) |i| std.debug.print("{s} ", .{words[i]});
    std.debug.print("\n", .{});
    var k: usize = 0;
    while (k <= class.len) : (k += 1) std.debug.print("{s} ", .{class[k].name});
}
