// Bad input: each error is caught and reported, then one is returned from main.
const std = @import("std");

const Reading = struct {
    sensor: []const u8,
    value: f64,
    unit: enum { celsius, fahrenheit },
};

fn load(allocator: std.mem.Allocator, text: []const u8) !Reading {
    const parsed = try std.json.parseFromSlice(Reading, allocator, text, .{});
    defer parsed.deinit();
    return .{ .sensor = "ok", .value = parsed.value.value, .unit = parsed.value.unit };
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const inputs = [_][]const u8{
        \\{"sensor": "t1", "value": 21.5, "unit": "celsius"}
        ,
        \\{"sensor": "t2", "value": 70}
        ,
        \\{"sensor": "t3", "value": "hot", "unit": "celsius"}
        ,
        \\{"sensor": "t4", "value": 1, "unit": "kelvin"}
        ,
        \\{"sensor": "t5", "value": 1, "unit": "celsius", "extra": true}
        ,
        \\{"sensor": "t6", "value": 1, "unit": "celsius"
        ,
        \\{"sensor": "t7" "value": 1}
        ,
        \\[1, 2, 3]
    };
    for (inputs, 1..) |text, i| {
        if (load(allocator, text)) |r| {
            std.debug.print("input {d}: {d} {s}\n", .{ i, r.value, @tagName(r.unit) });
        } else |err| switch (err) {
            error.MissingField => std.debug.print("input {d}: a field is missing\n", .{i}),
            error.UnknownField => std.debug.print("input {d}: unknown field\n", .{i}),
            error.UnexpectedEndOfInput => std.debug.print("input {d}: truncated\n", .{i}),
            else => std.debug.print("input {d}: {s}\n", .{ i, @errorName(err) }),
        }
    }

    // Not handled: the error return trace shows where it came from.
    _ = try load(allocator, "{\"sensor\": 5}");
}
