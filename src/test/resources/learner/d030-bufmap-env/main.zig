const std = @import("std");

fn expand(allocator: std.mem.Allocator, env: *const std.BufMap, template: []const u8) ![]u8 {
    var out = std.ArrayList(u8).init(allocator);
    errdefer out.deinit();
    var i: usize = 0;
    while (i < template.len) {
        if (template[i] == '$' and i + 1 < template.len and template[i + 1] == '{') {
            const close = std.mem.indexOfScalarPos(u8, template, i, '}') orelse return error.Unterminated;
            const key = template[i + 2 .. close];
            try out.appendSlice(env.get(key) orelse "");
            i = close + 1;
        } else {
            try out.append(template[i]);
            i += 1;
        }
    }
    return out.toOwnedSlice();
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var env = std.BufMap.init(allocator);
    defer env.deinit();
    try env.put("USER", "ziggy");
    try env.put("HOME", "~ziggy");
    try env.put("SHELL", "sh");
    var owned_key = try allocator.dupe(u8, "EDITOR");
    defer allocator.free(owned_key);
    try env.put(owned_key, "vi");
    owned_key[0] = 'X'; // BufMap copied the key
    try env.put("SHELL", "zsh");
    std.debug.print("{d} vars, EDITOR={?s}, XDITOR={?s}\n", .{ env.count(), env.get("EDITOR"), env.get("XDITOR") });
    env.remove("HOME");

    const templates = [_][]const u8{ "hi ${USER}, shell ${SHELL}", "home=${HOME}.", "broken ${USER" };
    for (templates) |t| {
        const s = expand(allocator, &env, t) catch |err| {
            std.debug.print("'{s}': {s}\n", .{ t, @errorName(err) });
            continue;
        };
        defer allocator.free(s);
        std.debug.print("'{s}' -> '{s}'\n", .{ t, s });
    }

    var names = std.ArrayList([]const u8).init(allocator);
    defer names.deinit();
    var it = env.iterator();
    while (it.next()) |e| try names.append(e.key_ptr.*);
    std.mem.sort([]const u8, names.items, {}, struct {
        fn lt(_: void, a: []const u8, b: []const u8) bool {
            return std.mem.order(u8, a, b) == .lt;
        }
    }.lt);
    for (names.items) |n| std.debug.print("{s}={s}\n", .{ n, env.get(n).? });
}
