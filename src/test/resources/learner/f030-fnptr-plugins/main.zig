const std = @import("std");

const Plugin = struct {
    name: []const u8,
    apply: *const fn (i32) i32,
    enabled: bool = true,
};

fn double(x: i32) i32 {
    return x * 2;
}
fn inc(x: i32) i32 {
    return x + 1;
}
fn square(x: i32) i32 {
    return x * x;
}

fn runAll(plugins: []const Plugin, start: i32) i32 {
    var v = start;
    for (plugins) |p| {
        if (!p.enabled) continue;
        v = p.apply(v);
        std.debug.print("  {s:<7} -> {d}\n", .{ p.name, v });
    }
    return v;
}

pub fn main() void {
    var plugins = [_]Plugin{
        .{ .name = "double", .apply = double },
        .{ .name = "inc", .apply = inc },
        .{ .name = "square", .apply = &square },
    };
    std.debug.print("result {d}\n", .{runAll(&plugins, 3)});
    plugins[1].enabled = false;
    const chosen: *const fn (i32) i32 = if (plugins.len > 2) plugins[2].apply else inc;
    std.debug.print("chosen(9) = {d}\n", .{chosen(9)});
    std.debug.print("result {d}\n", .{runAll(&plugins, 300)});
}
