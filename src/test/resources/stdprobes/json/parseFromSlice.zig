const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const Color = enum { red, green, blue };
    const Cfg = struct {
        name: []const u8,
        size: u32,
        ratio: f64 = 1.0,
        color: Color,
        tags: []const []const u8,
        nested: struct { on: bool, level: ?u8 = null },
        pair: [2]i16,
    };
    const text =
        \\{"name": "demo", "size": 42, "color": "blue", "tags": ["a", "b\u0021"],
        \\ "nested": {"on": true, "level": 3}, "pair": [-1, 7], "ratio": 2.5e-1}
    ;
    const p = try std.json.parseFromSlice(Cfg, a, text, .{});
    defer p.deinit();
    const c = p.value;
    std.debug.print("{s} {d} {d} {s} {s}|{s} {} {?d} {d},{d}\n", .{ c.name, c.size, c.ratio, @tagName(c.color), c.tags[0], c.tags[1], c.nested.on, c.nested.level, c.pair[0], c.pair[1] });
    for ([_][]const u8{ "{\"name\": 1}", "{\"size\": -1}", "[]", "{\"name\":\"x\",\"size\":1,\"color\":\"pink\"}", "{\"name\":\"x\",\"oops\":1}", "{", "{\"name\": \"a\", \"name\": \"b\"}", "{\"name\":\"x\",\"size\":300000000000}" }) |bad| {
        std.debug.print("{s}: {any}\n", .{ bad, std.json.parseFromSlice(Cfg, a, bad, .{}) });
    }
}
