const std = @import("std");

const Status = enum(u16) {
    ok = 200,
    created = 201,
    not_found = 404,
    teapot = 418,
    server_error = 500,

    fn isError(self: Status) bool {
        return @intFromEnum(self) >= 400;
    }

    fn text(self: Status) []const u8 {
        return switch (self) {
            .ok => "OK",
            .created => "Created",
            .not_found => "Not Found",
            .teapot => "I'm a teapot",
            .server_error => "Internal Server Error",
        };
    }
};

pub fn main() void {
    inline for (@typeInfo(Status).@"enum".fields) |f| {
        std.debug.print("{s:<13} = {d}\n", .{ f.name, f.value });
    }
    const codes = [_]u16{ 200, 201, 152, 404 };
    for (codes) |c| {
        if (std.meta.intToEnum(Status, c)) |s| {
            std.debug.print("{d}: {s} error={}\n", .{ c, s.text(), s.isError() });
        } else |err| {
            std.debug.print("{d}: {s}\n", .{ c, @errorName(err) });
        }
    }
    std.debug.print("{d} fields, max {d}\n", .{ std.meta.fields(Status).len, @intFromEnum(Status.server_error) });
    const s: Status = @enumFromInt(404);
    std.debug.print("{} {s}\n", .{ s, @tagName(s) });
    var raw: u16 = 45;
    raw *= 9;
    std.debug.print("raw {d}\n", .{raw});
    const bad: Status = @enumFromInt(raw);
    std.debug.print("{s}\n", .{bad.text()});
}
