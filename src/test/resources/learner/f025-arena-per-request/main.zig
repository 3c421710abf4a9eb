const std = @import("std");

const Request = struct { path: []const u8, query: []const u8 };

fn handle(arena: std.mem.Allocator, req: Request) ![]const u8 {
    var params = std.StringHashMap([]const u8).init(arena);
    var it = std.mem.tokenizeScalar(u8, req.query, '&');
    while (it.next()) |pair| {
        const eq = std.mem.indexOfScalar(u8, pair, '=') orelse continue;
        try params.put(pair[0..eq], pair[eq + 1 ..]);
    }
    const name = params.get("name") orelse "stranger";
    const upper = try std.ascii.allocUpperString(arena, name);
    if (std.mem.eql(u8, req.path, "/hello")) {
        return std.fmt.allocPrint(arena, "200 Hello, {s}! ({d} params)", .{ upper, params.count() });
    } else if (std.mem.startsWith(u8, req.path, "/echo/")) {
        return std.mem.concat(arena, u8, &.{ "200 ", req.path[6..], " ", name });
    }
    return error.NotFound;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var arena = std.heap.ArenaAllocator.init(gpa.allocator());
    defer arena.deinit();

    const reqs = [_]Request{
        .{ .path = "/hello", .query = "name=zig&lang=en" },
        .{ .path = "/echo/abc", .query = "" },
        .{ .path = "/missing", .query = "x=1" },
        .{ .path = "/hello", .query = "bad&name=ann" },
    };
    for (reqs, 0..) |req, i| {
        defer _ = arena.reset(.retain_capacity);
        const resp = handle(arena.allocator(), req) catch |err| {
            std.debug.print("#{d} {s} -> 404 ({s})\n", .{ i, req.path, @errorName(err) });
            continue;
        };
        std.debug.print("#{d} {s} -> {s}\n", .{ i, req.path, resp });
    }
    std.debug.print("arena kept capacity: {}\n", .{arena.queryCapacity() > 0});
}
