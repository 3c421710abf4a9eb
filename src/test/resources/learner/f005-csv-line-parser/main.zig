const std = @import("std");

const Row = struct {
    name: []const u8,
    age: u8,
    score: f64,
};

fn parseRow(line: []const u8) !Row {
    var it = std.mem.splitScalar(u8, line, ',');
    const name = std.mem.trim(u8, it.next() orelse return error.MissingField, " ");
    const age_s = std.mem.trim(u8, it.next() orelse return error.MissingField, " ");
    const score_s = std.mem.trim(u8, it.next() orelse return error.MissingField, " ");
    if (it.next() != null) return error.TooManyFields;
    return .{
        .name = name,
        .age = try std.fmt.parseInt(u8, age_s, 10),
        .score = try std.fmt.parseFloat(f64, score_s),
    };
}

test "good row" {
    const r = try parseRow("alice, 30, 88.5");
    try std.testing.expectEqualStrings("alice", r.name);
    try std.testing.expectEqual(@as(u8, 30), r.age);
    try std.testing.expectEqual(@as(f64, 88.5), r.score);
}

test "bad rows" {
    try std.testing.expectError(error.MissingField, parseRow("bob,12"));
    try std.testing.expectError(error.TooManyFields, parseRow("a,1,2,3"));
    try std.testing.expectError(error.InvalidCharacter, parseRow("c,x1,2"));
    try std.testing.expectError(error.Overflow, parseRow("d,300,2"));
}

test "skip bad lines" {
    const data = "ann,20,1.5\nbroken\nben,40,2.5\ncid,abc,3\n";
    var lines = std.mem.tokenizeScalar(u8, data, '\n');
    var sum: f64 = 0;
    var n: usize = 0;
    while (lines.next()) |line| {
        const r = parseRow(line) catch continue;
        sum += r.score;
        n += 1;
    }
    try std.testing.expectEqual(@as(usize, 2), n);
    try std.testing.expectEqual(@as(f64, 5.0), sum);
    try std.testing.expectEqualStrings("ann", (try parseRow("ann,1,1")).name[0..2]);
}
