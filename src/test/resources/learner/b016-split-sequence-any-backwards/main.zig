const std = @import("std");

fn extension(file_name: []const u8) ?[]const u8 {
    var it = std.mem.splitBackwardsScalar(u8, file_name, '.');
    const last = it.first();
    if (it.rest().len == 0) return null;
    return last;
}

pub fn main() void {
    const record = "alice::30::engineer::::berlin";
    var fields = std.mem.splitSequence(u8, record, "::");
    var i: usize = 0;
    while (fields.next()) |f| : (i += 1) std.debug.print("field {d}: '{s}'\n", .{ i, f });

    const messy = "red;green, blue;;yellow,purple";
    var colors = std.mem.splitAny(u8, messy, ";, ");
    std.debug.print("colors:", .{});
    while (colors.next()) |c| std.debug.print(" <{s}>", .{c});
    std.debug.print("\n", .{});

    const names = [_][]const u8{ "report.final.pdf", "README", "archive.tar.gz", ".bashrc", "notes." };
    for (names) |name| {
        std.debug.print("{s:<18} ext={?s}\n", .{ name, extension(name) });
    }

    var back = std.mem.splitBackwardsScalar(u8, "usr:local:share:zig", ':');
    std.debug.print("backwards:", .{});
    while (back.next()) |p| std.debug.print(" {s}", .{p});
    std.debug.print("\n", .{});
}
