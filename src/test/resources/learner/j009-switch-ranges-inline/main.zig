const std = @import("std");

const Rect = struct { w: f32, h: f32 };

const Shape = union(enum) {
    circle: f32,
    square: f32,
    rect: Rect,
    dot,

    fn area(self: Shape) f32 {
        return switch (self) {
            .circle => |r| std.math.pi * r * r,
            .square => |s| s * s,
            .rect => |r| r.w * r.h,
            .dot => 0,
        };
    }

    fn name(self: Shape) []const u8 {
        return switch (self) {
            inline else => |_, tag| @tagName(tag),
        };
    }
};

fn grade(score: u8) u8 {
    return switch (score) {
        90...100 => 'A',
        80...89 => 'B',
        70...79 => 'C',
        0...69 => 'F',
        else => '?',
    };
}

fn kind(c: u8) []const u8 {
    return switch (c) {
        'a'...'z', 'A'...'Z' => "letter",
        '0'...'9' => "digit",
        ' ', '\t', '\n' => "space",
        else => "other",
    };
}

fn sizeOfField(comptime T: type, index: usize) usize {
    const fields = @typeInfo(T).@"struct".fields;
    switch (index) {
        inline 0...fields.len - 1 => |i| return @sizeOf(fields[i].type),
        else => return 0,
    }
}

const Rec = struct { a: u8, b: u64, c: u16 };

pub fn main() !void {
    const out = std.io.getStdOut().writer();
    for ([_]u8{ 100, 85, 70, 12, 101 }) |s| try out.print("{d}->{c} ", .{ s, grade(s) });
    try out.print("\n", .{});
    for ("a Z9\t%") |c| try out.print("{s} ", .{kind(c)});
    try out.print("\n", .{});
    const shapes = [_]Shape{ .{ .circle = 1.5 }, .{ .square = 2 }, .{ .rect = .{ .w = 2, .h = 3.5 } }, .dot };
    for (shapes) |s| try out.print("{s}: {d:.2}\n", .{ s.name(), s.area() });
    for (0..4) |i| try out.print("field {d} size {d}\n", .{ i, sizeOfField(Rec, i) });
    const x: u32 = 7;
    const msg = switch (x) {
        0 => "zero",
        1...5 => "small",
        inline 6, 7 => |v| if (v == 7) "seven" else "six",
        else => "big",
    };
    try out.print("{s}\n", .{msg});
    try out.print("{any}\n", .{shapes[2]});
    try out.print("{}\n", .{shapes[3]});
}
