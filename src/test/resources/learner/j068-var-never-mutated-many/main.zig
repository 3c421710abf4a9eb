const std = @import("std");

const Config = struct { width: u32, height: u32 };

fn area(c: Config) u32 {
    var result = c.width * c.height;
    return result;
}

pub fn main() void {
    var cfg = Config{ .width = 4, .height = 3 };
    var label: []const u8 = "box";
    std.debug.print("{s}: {d}\n", .{ label, area(cfg) });
}
