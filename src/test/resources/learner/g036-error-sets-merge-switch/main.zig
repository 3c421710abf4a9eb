const std = @import("std");

const ConfigError = error{ MissingKey, BadValue };
const IoError = error{ NotFound, Denied };
const LoadError = ConfigError || IoError;

fn open(name: []const u8) IoError![]const u8 {
    if (std.mem.eql(u8, name, "secret.cfg")) return error.Denied;
    if (std.mem.endsWith(u8, name, ".cfg")) return "port=80";
    return error.NotFound;
}

fn lookup(text: []const u8, key: []const u8) ConfigError!?u16 {
    var it = std.mem.splitScalar(u8, text, '=');
    const k = it.next() orelse return error.MissingKey;
    const v = it.next() orelse return error.MissingKey;
    if (!std.mem.eql(u8, k, key)) return null;
    return std.fmt.parseInt(u16, v, 10) catch error.BadValue;
}

fn load(name: []const u8, key: []const u8) LoadError!u16 {
    const text = try open(name);
    const v = try lookup(text, key);
    return v orelse 8080;
}

fn describe(err: LoadError) []const u8 {
    return switch (err) {
        error.NotFound, error.Denied => "io",
        error.MissingKey => "missing",
        else => "other",
    };
}

pub fn main() void {
    const cases = [_][2][]const u8{
        .{ "app.cfg", "port" },
        .{ "app.cfg", "host" },
        .{ "secret.cfg", "port" },
        .{ "app.txt", "port" },
    };
    for (cases) |c| {
        const r = load(c[0], c[1]);
        if (r) |v| {
            std.debug.print("{s}/{s}: {d}\n", .{ c[0], c[1], v });
        } else |err| {
            std.debug.print("{s}/{s}: error.{s} ({s}) {}\n", .{ c[0], c[1], @errorName(err), describe(err), err == error.Denied });
        }
    }
    const as_any: anyerror = error.BadValue;
    std.debug.print("{} {d}\n", .{ as_any, @intFromBool(as_any == LoadError.BadValue) });
    const narrowed: ConfigError = @errorCast(as_any);
    std.debug.print("{s}\n", .{@errorName(narrowed)});
    const mode: u8 = 3;
    const label = switch (mode) {
        0 => "off",
        1, 2 => "low",
        else => unreachable,
    };
    std.debug.print("{s}\n", .{label});
}
