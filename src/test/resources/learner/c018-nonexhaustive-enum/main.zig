const std = @import("std");

const HttpStatus = enum(u16) {
    ok = 200,
    created = 201,
    not_found = 404,
    teapot = 418,
    server_error = 500,
    _,

    fn class(self: HttpStatus) []const u8 {
        const code = @intFromEnum(self);
        return switch (code) {
            100...199 => "informational",
            200...299 => "success",
            300...399 => "redirect",
            400...499 => "client error",
            500...599 => "server error",
            else => "bogus",
        };
    }
};

fn describe(status: HttpStatus) void {
    const name = switch (status) {
        .ok => "OK",
        .created => "Created",
        .not_found => "Not Found",
        .teapot => "I'm a teapot",
        .server_error => "Internal Server Error",
        _ => "(unnamed)",
    };
    std.debug.print("{d} {s} [{s}]\n", .{ @intFromEnum(status), name, status.class() });
}

const Level = enum(u8) { low = 1, mid = 5, high = 9 };

pub fn main() void {
    const codes = [_]u16{ 200, 404, 302, 418, 500, 999, 201 };
    for (codes) |c| {
        const s: HttpStatus = @enumFromInt(c);
        describe(s);
    }

    for ([_]HttpStatus{ .ok, @enumFromInt(203) }) |s| {
        if (std.enums.tagName(HttpStatus, s)) |n| {
            std.debug.print("tag name: {s}\n", .{n});
        } else {
            std.debug.print("no tag name for {d}\n", .{@intFromEnum(s)});
        }
    }

    var sum: u32 = 0;
    inline for (@typeInfo(Level).@"enum".fields) |f| {
        const lv: Level = @enumFromInt(f.value);
        sum += @intFromEnum(lv);
        std.debug.print("{s}={d} ", .{ @tagName(lv), f.value });
    }
    std.debug.print("sum={d}\n", .{sum});
    const raw: u8 = 5;
    const lv: Level = @enumFromInt(raw);
    std.debug.print("5 is .{s}\n", .{@tagName(lv)});
}
