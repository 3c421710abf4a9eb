const std = @import("std");

fn fatal(comptime fmt: []const u8, args: anytype) noreturn {
    std.debug.print("fatal: " ++ fmt ++ "\n", args);
    std.process.exit(2);
}

const Options = struct {
    width: u32 = 80,
    mode: enum { plain, fancy } = .plain,
    name: []const u8 = "out",
};

fn parseArgs(argv: []const []const u8) Options {
    var opts = Options{};
    var i: usize = 0;
    while (i < argv.len) : (i += 1) {
        const arg = argv[i];
        if (std.mem.eql(u8, arg, "--width")) {
            i += 1;
            if (i >= argv.len) fatal("--width needs a value", .{});
            opts.width = std.fmt.parseInt(u32, argv[i], 10) catch |err|
                fatal("bad width '{s}': {s}", .{ argv[i], @errorName(err) });
        } else if (std.mem.eql(u8, arg, "--fancy")) {
            opts.mode = .fancy;
        } else if (std.mem.startsWith(u8, arg, "--name=")) {
            opts.name = arg["--name=".len..];
        } else {
            fatal("unknown argument '{s}'", .{arg});
        }
    }
    return opts;
}

pub fn main() void {
    const runs = [_][]const []const u8{
        &.{ "--width", "120", "--fancy" },
        &.{"--name=report"},
        &.{ "--width", "12x" },
        &.{"--never-reached"},
    };
    for (runs) |argv| {
        const o = parseArgs(argv);
        std.debug.print("width={d} mode={s} name={s}\n", .{ o.width, @tagName(o.mode), o.name });
    }
}
