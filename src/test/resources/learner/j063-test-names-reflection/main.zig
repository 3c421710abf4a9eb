const std = @import("std");
const builtin = @import("builtin");

fn where(comptime src: std.builtin.SourceLocation) void {
    std.debug.print("{s}:{d}:{d} in {s}\n", .{ src.file, src.line, src.column, src.fn_name });
}

const Config = struct {
    port: u16 = 80,
    host: []const u8 = "localhost",
    pub const version = "1.0";
    pub fn describe() void {}
};

test {
    where(@src());
    try std.testing.expect(builtin.is_test);
}

test describe {
    std.debug.print("{s}\n", .{@typeName(@This())});
}

test "fields" {
    const names = std.meta.fieldNames(Config);
    for (names) |n| std.debug.print("{s} ", .{n});
    std.debug.print("\n", .{});
    const FE = std.meta.FieldEnum(Config);
    std.debug.print("{s} {any}\n", .{ @typeName(FE), std.enums.values(FE) });
    std.debug.print("{} {}\n", .{ @hasDecl(Config, "version"), @hasDecl(Config, "nope") });
    const decls = std.meta.declarations(Config);
    for (decls) |d| std.debug.print("decl {s}\n", .{d.name});
    std.debug.print("{s}\n", .{@tagName(builtin.mode)});
    comptime var total = 0;
    inline for (.{ 1, 2, 3 }) |v| total += v;
    std.debug.print("{d}\n", .{total});
}

fn describe() void {}

test "assert fails" {
    std.debug.assert(1 + 1 == 3);
}
