const std = @import("std");

const Record = struct { id: u16, tags: [][]const u8 };

fn splitTags(a: std.mem.Allocator, text: []const u8) ![][]const u8 {
    var out = std.ArrayList([]const u8).init(a);
    errdefer out.deinit();
    var it = std.mem.splitScalar(u8, text, ',');
    while (it.next()) |t| try out.append(try a.dupe(u8, std.mem.trim(u8, t, " ")));
    return out.toOwnedSlice();
}

fn parseRecord(a: std.mem.Allocator, line: []const u8) !Record {
    const colon = std.mem.indexOfScalar(u8, line, ':') orelse return error.NoColon;
    return .{
        .id = try std.fmt.parseUnsigned(u16, line[0..colon], 10),
        .tags = try splitTags(a, line[colon + 1 ..]),
    };
}

fn loadAll(a: std.mem.Allocator, lines: []const []const u8) ![]Record {
    const recs = try a.alloc(Record, lines.len);
    for (lines, recs) |l, *r| r.* = try parseRecord(a, l);
    return recs;
}

pub fn main() !void {
    const lines = [_][]const u8{
        "17: red, green",
        "42: blue",
        "7: alpha, beta, gamma, delta",
        "99: x, y, z, w, v, u",
    };
    var buf: [512]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const recs = try loadAll(fba.allocator(), lines[0..3]);
    for (recs) |r| std.debug.print("#{d}: {d} tags {s}\n", .{ r.id, r.tags.len, r.tags });
    std.debug.print("used {d}/{d} bytes\n", .{ fba.end_index, buf.len });

    fba.reset();
    var small: [200]u8 = undefined;
    var fba2 = std.heap.FixedBufferAllocator.init(&small);
    const a2 = fba2.allocator();
    const first = try loadAll(a2, lines[0..1]);
    std.debug.print("ownsSlice: {}, end {d}\n", .{ fba2.ownsSlice(std.mem.sliceAsBytes(first)), fba2.end_index });
    _ = try loadAll(a2, &lines);
}
