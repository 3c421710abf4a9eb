const std = @import("std");
pub fn main() !void {
    const greeting = "Hello";
    const name: []const u8 = "Zig";
    std.debug.print("{s}, {s}! {d} {c}\n", .{ greeting, name, greeting.len, greeting[1] });
    std.debug.print("{}\n", .{std.mem.eql(u8, name, "Zig")});
    const multi =
        \\line one
        \\line two
    ;
    std.debug.print("{s}\n{d}\n", .{ multi, multi.len });
    var buf: [32]u8 = undefined;
    const out = try std.fmt.bufPrint(&buf, "{s}-{d}", .{ name, 42 });
    std.debug.print("{s} {d}\n", .{ out, out.len });
    const small = std.fmt.bufPrint(buf[0..3], "{s}", .{"toolong"});
    std.debug.print("{any}\n", .{small});
    const joined = "ab" ++ "cd";
    const rep = "xy" ** 3;
    std.debug.print("{s} {s}\n", .{ joined, rep });
    var letters: [3]u8 = .{ 'c', 'a', 't' };
    letters[0] = 'b';
    std.debug.print("{s}\n", .{&letters});
    for ("hey", 0..) |ch, i| std.debug.print("{d}:{c} ", .{ i, ch });
    std.debug.print("\n", .{});
    const esc = "tab\there \"q\" \x41\u{263A}";
    std.debug.print("{s}\n", .{esc});
}
