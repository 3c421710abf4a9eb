const std = @import("std");

const Machine = struct {
    acc: i64 = 0,
    log_lines: usize = 0,
};

const Command = struct {
    name: []const u8,
    help: []const u8,
    run: *const fn (m: *Machine, arg: i64) void,
};

fn cmdAdd(m: *Machine, arg: i64) void {
    m.acc += arg;
}
fn cmdMul(m: *Machine, arg: i64) void {
    m.acc *= arg;
}
fn cmdReset(m: *Machine, _: i64) void {
    m.acc = 0;
}
fn cmdShow(m: *Machine, _: i64) void {
    m.log_lines += 1;
    std.debug.print("  acc = {d}\n", .{m.acc});
}

const commands = [_]Command{
    .{ .name = "add", .help = "add the argument", .run = cmdAdd },
    .{ .name = "mul", .help = "multiply by the argument", .run = &cmdMul },
    .{ .name = "reset", .help = "set to zero", .run = cmdReset },
    .{ .name = "show", .help = "print the accumulator", .run = cmdShow },
};

fn lookup(name: []const u8) ?*const Command {
    for (&commands) |*c| {
        if (std.mem.eql(u8, c.name, name)) return c;
    }
    return null;
}

fn fatal(msg: []const u8) noreturn {
    std.debug.print("fatal: {s}\n", .{msg});
    std.process.exit(3);
}

pub fn main() void {
    var m = Machine{};
    const script = [_]struct { []const u8, i64 }{
        .{ "add", 5 }, .{ "mul", 4 }, .{ "show", 0 }, .{ "add", -2 }, .{ "show", 0 }, .{ "reset", 0 }, .{ "show", 0 },
    };
    for (script) |step| {
        const cmd = lookup(step[0]) orelse fatal("unknown command");
        std.debug.print("{s}({d}): {s}\n", .{ cmd.name, step[1], cmd.help });
        @call(.auto, cmd.run, .{ &m, step[1] });
    }
    const sq = @call(.always_inline, square, .{@as(i64, 12)});
    std.debug.print("inline square {d}, shown {d} times\n", .{ sq, m.log_lines });
    const op: *const fn (*Machine, i64) void = if (sq > 100) cmdAdd else cmdMul;
    op(&m, sq);
    std.debug.print("acc after fn pointer: {d}\n", .{m.acc});
    _ = lookup("divide") orelse fatal("no such command: divide");
    std.debug.print("not reached\n", .{});
}

fn square(x: i64) i64 {
    return x * x;
}
