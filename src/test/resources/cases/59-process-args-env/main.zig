const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const args = try std.process.argsAlloc(allocator);
    defer std.process.argsFree(allocator, args);
    std.debug.print("{d} argument(s)\n", .{args.len});
    for (args[1..]) |a| std.debug.print("arg {s}\n", .{a});

    var it = try std.process.argsWithAllocator(allocator);
    defer it.deinit();
    _ = it.skip(); // the program's name
    var extra: usize = 0;
    while (it.next()) |_| extra += 1;
    std.debug.print("extra arguments: {d}\n", .{extra});

    const value = std.process.getEnvVarOwned(allocator, "HEAPLAB_NOT_SET_ANYWHERE") catch |err| switch (err) {
        error.EnvironmentVariableNotFound => null,
        else => return err,
    };
    defer if (value) |v| allocator.free(v);
    std.debug.print("value: {?s}\n", .{value});
    std.debug.print("has it: {}\n", .{std.process.hasEnvVarConstant("HEAPLAB_NOT_SET_ANYWHERE")});
    std.debug.print("has it at run time: {}\n", .{try std.process.hasEnvVar(allocator, "HEAPLAB_NOT_SET_ANYWHERE")});

    // a second copy, never freed: the debug allocator reports it
    const again = try std.process.argsAlloc(allocator);
    std.debug.print("again: {d}\n", .{again.len});
}
