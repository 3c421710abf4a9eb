const std = @import("std");

const Student = struct {
    name: []const u8,
    grades: []const u8,

    fn average(self: Student) f64 {
        if (self.grades.len == 0) return 0;
        var sum: u32 = 0;
        for (self.grades) |g| sum += g;
        return @as(f64, @floatFromInt(sum)) / @as(f64, @floatFromInt(self.grades.len));
    }
    fn letter(self: Student) u8 {
        const avg = self.average();
        return if (avg >= 90) 'A' else if (avg >= 80) 'B' else if (avg >= 70) 'C' else 'F';
    }
};

fn byAverageDesc(_: void, a: Student, b: Student) bool {
    return a.average() > b.average();
}

pub fn main() !void {
    var students = [_]Student{
        .{ .name = "Ann", .grades = &.{ 95, 88, 92 } },
        .{ .name = "Bob", .grades = &.{ 72, 65, 80 } },
        .{ .name = "Cid", .grades = &.{} },
        .{ .name = "Dee", .grades = &.{ 85, 91 } },
    };
    std.mem.sort(Student, &students, {}, byAverageDesc);
    for (students, 1..) |s, rank| {
        std.debug.print("{d}. {s:<4} {d:>6.2} {c}\n", .{ rank, s.name, s.average(), s.letter() });
    }
    var hist = [_]u8{0} ** 5;
    for (students) |s| {
        const i: usize = switch (s.letter()) {
            'A' => 0,
            'B' => 1,
            'C' => 2,
            'D' => 3,
            else => 4,
        };
        hist[i] += 1;
    }
    for ("ABCDF", hist) |l, n| std.debug.print("{c}:{s}\n", .{ l, "#####"[0..n] });
}
