const std = @import("std");

const Weekday = enum(u3) {
    mon = 1,
    tue,
    wed,
    thu,
    fri,
    sat,
    sun,

    fn isWeekend(self: Weekday) bool {
        return switch (self) {
            .sat, .sun => true,
            else => false,
        };
    }

    fn next(self: Weekday) Weekday {
        return if (self == .sun) .mon else @enumFromInt(@intFromEnum(self) + 1);
    }

    fn short(self: Weekday) []const u8 {
        return @tagName(self)[0..2];
    }
};

const HttpStatus = enum(u16) {
    ok = 200,
    not_found = 404,
    teapot = 418,
    _,

    fn describe(self: HttpStatus) []const u8 {
        return switch (self) {
            .ok => "fine",
            .not_found => "missing",
            .teapot => "short and stout",
            _ => "unknown",
        };
    }
};

pub fn main() !void {
    const out = std.io.getStdOut().writer();
    var d: Weekday = .fri;
    for (0..4) |_| {
        try out.print("{s}({d}) weekend={} short={s}\n", .{ @tagName(d), @intFromEnum(d), d.isWeekend(), d.short() });
        d = d.next();
    }
    try out.print("{}\n", .{d});
    try out.print("{any}\n", .{[_]Weekday{ .mon, .sun }});
    const codes = [_]u16{ 200, 404, 418, 500 };
    for (codes) |c| {
        const s: HttpStatus = @enumFromInt(c);
        try out.print("{d}: {s} {}\n", .{ c, s.describe(), s });
    }
    const fields = @typeInfo(Weekday).@"enum".fields;
    try out.print("{d} days, last is {s}\n", .{ fields.len, fields[fields.len - 1].name });
    const parsed = std.meta.stringToEnum(Weekday, "wed");
    const missing = std.meta.stringToEnum(Weekday, "funday");
    try out.print("parsed {?} missing {?}\n", .{ parsed, missing });
    try out.print("tag type {s}, ok is {s}\n", .{ @typeName(@typeInfo(HttpStatus).@"enum".tag_type), @tagName(HttpStatus.ok) });
    var raw: u16 = 999;
    _ = &raw;
    const unknown: HttpStatus = @enumFromInt(raw);
    try out.print("tagName of unknown: {s}\n", .{@tagName(unknown)});
}
