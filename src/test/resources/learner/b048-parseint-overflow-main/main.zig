const std = @import("std");

const Service = struct {
    name: []const u8,
    port: u16,
};

fn parseService(line: []const u8) !Service {
    var parts = std.mem.tokenizeScalar(u8, line, ' ');
    const name = parts.next() orelse return error.MissingName;
    const port_text = parts.next() orelse return error.MissingPort;
    const port = try std.fmt.parseInt(u16, port_text, 10);
    return .{ .name = name, .port = port };
}

pub fn main() !void {
    const config =
        \\web 8080
        \\db 5432
        \\cache 70000
        \\mail 25
    ;
    var lines = std.mem.splitScalar(u8, config, '\n');
    while (lines.next()) |line| {
        const svc = try parseService(line);
        std.debug.print("{s:<6} listens on {d}\n", .{ svc.name, svc.port });
    }
}
