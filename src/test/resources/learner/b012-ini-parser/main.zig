const std = @import("std");

fn lessThanStr(_: void, a: []const u8, b: []const u8) bool {
    return std.mem.order(u8, a, b) == .lt;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const ini =
        \\; global values
        \\title = Demo
        \\[database]
        \\user = admin
        \\port = 5432
        \\
        \\[server]
        \\port = 80
        \\root = public_html
        \\[database]
        \\port = 5433
    ;

    var values = std.StringHashMap([]const u8).init(allocator);
    defer {
        var it = values.keyIterator();
        while (it.next()) |k| allocator.free(k.*);
        values.deinit();
    }

    var section: []const u8 = "global";
    var lines = std.mem.tokenizeScalar(u8, ini, '\n');
    while (lines.next()) |raw| {
        const line = std.mem.trim(u8, raw, " ");
        if (std.mem.startsWith(u8, line, ";")) continue;
        if (std.mem.startsWith(u8, line, "[") and std.mem.endsWith(u8, line, "]")) {
            section = line[1 .. line.len - 1];
            continue;
        }
        var kv = std.mem.splitScalar(u8, line, '=');
        const key = std.mem.trim(u8, kv.first(), " ");
        const value = std.mem.trim(u8, kv.rest(), " ");
        const full = try std.fmt.allocPrint(allocator, "{s}.{s}", .{ section, key });
        const gop = try values.getOrPut(full);
        if (gop.found_existing) {
            std.debug.print("override {s}: {s} -> {s}\n", .{ full, gop.value_ptr.*, value });
            allocator.free(full);
        }
        gop.value_ptr.* = value;
    }

    var keys = std.ArrayList([]const u8).init(allocator);
    defer keys.deinit();
    var it = values.keyIterator();
    while (it.next()) |k| try keys.append(k.*);
    std.mem.sort([]const u8, keys.items, {}, lessThanStr);
    for (keys.items) |k| std.debug.print("{s:<16} = {s}\n", .{ k, values.get(k).? });
}
