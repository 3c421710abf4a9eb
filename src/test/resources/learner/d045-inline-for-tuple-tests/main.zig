const std = @import("std");
const testing = std.testing;

fn clampToByte(x: anytype) u8 {
    const T = @TypeOf(x);
    return switch (@typeInfo(T)) {
        .int, .comptime_int => if (x < 0) 0 else if (x > 255) 255 else @intCast(x),
        .float, .comptime_float => if (x < 0) 0 else if (x > 255) 255 else @intFromFloat(@round(x)),
        .bool => if (x) 255 else 0,
        else => @compileError("unsupported"),
    };
}

test "clamp many kinds of values" {
    const cases = .{
        .{ @as(i32, -5), 0 },
        .{ @as(u16, 300), 255 },
        .{ @as(f32, 127.6), 128 },
        .{ true, 255 },
        .{ 42, 42 },
        .{ @as(f64, -0.1), 0 },
    };
    inline for (cases) |c| {
        try testing.expectEqual(@as(u8, c[1]), clampToByte(c[0]));
    }
}

test "tuple of mixed values" {
    const t = .{ "name", 3, 2.5, true };
    try testing.expectEqual(4, t.len);
    var strings: usize = 0;
    inline for (t) |v| {
        if (@TypeOf(v) == *const [4:0]u8) strings += 1;
    }
    try testing.expectEqual(@as(usize, 1), strings);
    try testing.expectEqualStrings("name", t[0]);
}

test "inline for over types" {
    var total: usize = 0;
    inline for (.{ u8, u16, u32, u64 }) |T| total += @sizeOf(T);
    try testing.expectEqual(@as(usize, 15), total);
}
