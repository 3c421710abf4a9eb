const std = @import("std");
const testing = std.testing;

const Entry = struct { section: []const u8, key: []const u8, value: []const u8 };

const IniError = error{ UnclosedSection, MissingEquals, KeyOutsideSection };

fn parse(allocator: std.mem.Allocator, text: []const u8) (IniError || std.mem.Allocator.Error)![]Entry {
    var out = std.ArrayList(Entry).init(allocator);
    errdefer out.deinit();
    var section: ?[]const u8 = null;
    var lines = std.mem.splitScalar(u8, text, '\n');
    while (lines.next()) |raw| {
        const line = std.mem.trim(u8, raw, " \t\r");
        if (line.len == 0 or line[0] == ';' or line[0] == '#') continue;
        if (line[0] == '[') {
            if (!std.mem.endsWith(u8, line, "]")) return error.UnclosedSection;
            section = std.mem.trim(u8, line[1 .. line.len - 1], " ");
            continue;
        }
        const eq = std.mem.indexOfScalar(u8, line, '=') orelse return error.MissingEquals;
        try out.append(.{
            .section = section orelse return error.KeyOutsideSection,
            .key = std.mem.trimRight(u8, line[0..eq], " "),
            .value = std.mem.trimLeft(u8, line[eq + 1 ..], " "),
        });
    }
    return out.toOwnedSlice();
}

test "parse a small file" {
    const text =
        \\; comment
        \\[server]
        \\host = example.org
        \\port=8080
        \\
        \\[ client ]
        \\retries = 3
    ;
    const entries = try parse(testing.allocator, text);
    defer testing.allocator.free(entries);
    try testing.expectEqual(@as(usize, 3), entries.len);
    try testing.expectEqualStrings("client", entries[2].section);
    try testing.expectEqualDeep(Entry{ .section = "server", .key = "host", .value = "example.org" }, entries[0]);
}

test "errors" {
    try testing.expectError(error.UnclosedSection, parse(testing.allocator, "[oops\nx=1"));
    try testing.expectError(error.KeyOutsideSection, parse(testing.allocator, "x=1"));
}

test "a typo in the config" {
    const entries = try parse(testing.allocator, "[a]\nok=1\nnot a pair\n");
    defer testing.allocator.free(entries);
    try testing.expect(entries.len == 1);
}
