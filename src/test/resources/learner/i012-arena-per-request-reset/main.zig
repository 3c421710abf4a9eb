const std = @import("std");

const Request = struct {
    method: []const u8,
    path: []const u8,
    params: std.StringHashMap([]const u8),
};

fn parse(arena: std.mem.Allocator, line: []const u8) !Request {
    var parts = std.mem.splitScalar(u8, line, ' ');
    const method = parts.first();
    const target = parts.next() orelse return error.MissingTarget;
    var req = Request{
        .method = try arena.dupe(u8, method),
        .path = undefined,
        .params = std.StringHashMap([]const u8).init(arena),
    };
    const q = std.mem.indexOfScalar(u8, target, '?');
    req.path = try arena.dupe(u8, target[0 .. q orelse target.len]);
    if (q) |i| {
        var kvs = std.mem.tokenizeScalar(u8, target[i + 1 ..], '&');
        while (kvs.next()) |kv| {
            const eq = std.mem.indexOfScalar(u8, kv, '=') orelse return error.BadParam;
            try req.params.put(try arena.dupe(u8, kv[0..eq]), try arena.dupe(u8, kv[eq + 1 ..]));
        }
    }
    return req;
}

fn handle(arena: std.mem.Allocator, line: []const u8) ![]const u8 {
    const req = try parse(arena, line);
    if (std.mem.eql(u8, req.path, "/add")) {
        const x = try std.fmt.parseInt(i32, req.params.get("x") orelse "0", 10);
        const y = try std.fmt.parseInt(i32, req.params.get("y") orelse "0", 10);
        return std.fmt.allocPrint(arena, "200 {s} sum={d}", .{ req.method, x + y });
    }
    if (std.mem.startsWith(u8, req.path, "/echo")) {
        const upper = try std.ascii.allocUpperString(arena, req.params.get("msg") orelse "");
        return std.fmt.allocPrint(arena, "200 {s} {s} ({d} params)", .{ req.method, upper, req.params.count() });
    }
    return std.fmt.allocPrint(arena, "404 {s}", .{req.path});
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var arena = std.heap.ArenaAllocator.init(gpa.allocator());
    defer arena.deinit();

    const lines = [_][]const u8{
        "GET /add?x=40&y=2",
        "POST /echo?msg=hello&lang=zig&v=1",
        "GET /missing",
        "GET /add?x=12&y=oops",
        "DELETE",
        "GET /add?x=9&y",
    };
    for (lines, 0..) |line, n| {
        defer _ = arena.reset(.retain_capacity);
        const reply = handle(arena.allocator(), line) catch |err| {
            std.debug.print("#{d} {s:<36} -> error.{s}\n", .{ n, line, @errorName(err) });
            continue;
        };
        std.debug.print("#{d} {s:<36} -> {s}\n", .{ n, line, reply });
    }
    std.debug.print("capacity kept: {}\n", .{arena.queryCapacity() > 0});
    _ = arena.reset(.free_all);
    std.debug.print("after free_all: {d}\n", .{arena.queryCapacity()});
    _ = try handle(arena.allocator(), "GET /add?x=99999999999&y=1");
}
