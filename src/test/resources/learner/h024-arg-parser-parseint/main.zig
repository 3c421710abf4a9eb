const std = @import("std");

const Config = struct {
    verbose: bool = false,
    level: u8 = 1,
    name: []const u8 = "default",
};

fn parseArgs(alloc: std.mem.Allocator, args: []const []const u8) !Config {
    var cfg = Config{};
    var names = std.ArrayList(u8).init(alloc);
    errdefer names.deinit();
    var i: usize = 0;
    while (i < args.len) : (i += 1) {
        const a = args[i];
        if (std.mem.eql(u8, a, "-v")) {
            cfg.verbose = true;
        } else if (std.mem.eql(u8, a, "-l")) {
            i += 1;
            if (i >= args.len) return error.MissingValue;
            cfg.level = std.fmt.parseInt(u8, args[i], 10) catch |e| {
                std.debug.print("bad level '{s}': {s}\n", .{ args[i], @errorName(e) });
                return e;
            };
        } else if (std.mem.startsWith(u8, a, "--name=")) {
            try names.appendSlice(a["--name=".len..]);
        } else {
            return error.UnknownFlag;
        }
    }
    if (names.items.len > 0) cfg.name = try names.toOwnedSlice();
    return cfg;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    const runs = [_][]const []const u8{
        &.{ "-v", "-l", "3" },
        &.{ "--name=zed", "-l", "300" },
        &.{ "-l", "-4" },
        &.{ "-l", "0x1f", "--name=hex" },
        &.{"-x"},
        &.{"-l"},
    };
    for (runs) |r| {
        const cfg = parseArgs(alloc, r) catch |e| {
            std.debug.print("  -> error.{s}\n", .{@errorName(e)});
            continue;
        };
        std.debug.print("verbose={} level={d} name={s}\n", .{ cfg.verbose, cfg.level, cfg.name });
    }
    std.debug.print("ints: {d} {d} {d}\n", .{ try std.fmt.parseInt(i32, "-0b101", 0), try std.fmt.parseInt(u16, "0o777", 0), try std.fmt.parseInt(i8, "+12", 10) });
    std.debug.print("unsigned: {d}\n", .{try std.fmt.parseUnsigned(u64, "18446744073709551615", 10)});
    std.debug.print("floats: {d} {d} {d}\n", .{ try std.fmt.parseFloat(f64, "1e3"), try std.fmt.parseFloat(f32, "-0.125"), try std.fmt.parseFloat(f64, "inf") });
    std.debug.print("digit: {d}\n", .{try std.fmt.charToDigit('f', 16)});
    _ = try std.fmt.parseInt(u8, "1_000", 10);
}
