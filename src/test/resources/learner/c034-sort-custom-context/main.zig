const std = @import("std");

const Student = struct {
    name: []const u8,
    grade: u8,
    age: u8,
};

fn byGradeDesc(_: void, a: Student, b: Student) bool {
    if (a.grade != b.grade) return a.grade > b.grade;
    return std.mem.lessThan(u8, a.name, b.name);
}

const ByKey = struct {
    keys: []const i32,
    fn lessThan(ctx: ByKey, a: usize, b: usize) bool {
        return ctx.keys[a] < ctx.keys[b];
    }
};

fn absLess(_: void, a: i32, b: i32) bool {
    return @abs(a) < @abs(b);
}

pub fn main() void {
    var students = [_]Student{
        .{ .name = "mia", .grade = 88, .age = 20 },
        .{ .name = "leo", .grade = 95, .age = 22 },
        .{ .name = "ana", .grade = 88, .age = 19 },
        .{ .name = "raj", .grade = 72, .age = 21 },
        .{ .name = "kim", .grade = 95, .age = 20 },
    };
    std.mem.sort(Student, &students, {}, byGradeDesc);
    for (students) |s| std.debug.print("{s} {d}\n", .{ s.name, s.grade });

    const keys = [_]i32{ 40, -3, 17, 8, 25 };
    var order = [_]usize{ 0, 1, 2, 3, 4 };
    std.mem.sort(usize, &order, ByKey{ .keys = &keys }, ByKey.lessThan);
    std.debug.print("indices by key: {any}\n", .{order});

    var a = [_]i32{ 5, -9, 2, -1, 7, 3 };
    var b = a;
    var c = a;
    std.sort.insertion(i32, &a, {}, std.sort.asc(i32));
    std.sort.heap(i32, &b, {}, std.sort.desc(i32));
    std.sort.pdq(i32, &c, {}, absLess);
    std.debug.print("insertion asc: {any}\nheap desc:     {any}\npdq by |x|:    {any}\n", .{ a, b, c });

    var words = [_][]const u8{ "pear", "fig", "banana", "kiwi", "apple" };
    std.mem.sort([]const u8, &words, {}, struct {
        fn lt(_: void, x: []const u8, y: []const u8) bool {
            if (x.len != y.len) return x.len < y.len;
            return std.mem.order(u8, x, y) == .lt;
        }
    }.lt);
    for (words) |w| std.debug.print("{s} ", .{w});
    std.debug.print("\n", .{});
    std.debug.print("sorted by age? {}\n", .{std.sort.isSorted(Student, &students, {}, struct {
        fn lt(_: void, x: Student, y: Student) bool {
            return x.age < y.age;
        }
    }.lt)});
}
