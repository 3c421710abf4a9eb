const std = @import("std");

const Student = struct {
    name: []const u8,
    grade: u8,
    score: u16,
};

fn byGradeThenScoreDesc(_: void, a: Student, b: Student) bool {
    if (a.grade != b.grade) return a.grade < b.grade;
    if (a.score != b.score) return a.score > b.score;
    return std.mem.order(u8, a.name, b.name) == .lt;
}

const SortKey = enum { name, score };

fn byKey(key: SortKey, a: Student, b: Student) bool {
    return switch (key) {
        .name => std.mem.lessThan(u8, a.name, b.name),
        .score => a.score < b.score,
    };
}

pub fn main() void {
    var students = [_]Student{
        .{ .name = "mia", .grade = 2, .score = 88 },
        .{ .name = "leo", .grade = 1, .score = 95 },
        .{ .name = "ava", .grade = 2, .score = 88 },
        .{ .name = "zoe", .grade = 1, .score = 70 },
        .{ .name = "eli", .grade = 3, .score = 99 },
        .{ .name = "ben", .grade = 2, .score = 91 },
    };
    std.mem.sort(Student, &students, {}, byGradeThenScoreDesc);
    for (students) |s| std.debug.print("{d} {d:>3} {s}\n", .{ s.grade, s.score, s.name });
    std.sort.insertion(Student, &students, SortKey.name, byKey);
    std.debug.print("by name:", .{});
    for (students) |s| std.debug.print(" {s}", .{s.name});
    std.debug.print("\n", .{});
    std.sort.heap(Student, students[0..3], SortKey.score, byKey);
    std.debug.print("first three by score: {s} {s} {s}\n", .{ students[0].name, students[1].name, students[2].name });
    const best = std.sort.argMax(Student, &students, SortKey.score, byKey).?;
    std.debug.print("best: {s} at {d}\n", .{ students[best].name, best });
}
