const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var env = std.StringHashMap([]const u8).init(gpa.allocator());
    defer env.deinit();

    const text =
        \\HOME=home-dir
        \\SHELL=zsh
        \\EDITOR
        \\LANG=en_US
    ;
    var lines = std.mem.splitScalar(u8, text, '\n');
    while (lines.next()) |line| {
        const eq = std.mem.indexOfScalar(u8, line, '=').?;
        try env.put(line[0..eq], line[eq + 1 ..]);
        std.debug.print("set {s}\n", .{line[0..eq]});
    }
    std.debug.print("{d} variables\n", .{env.count()});
}
