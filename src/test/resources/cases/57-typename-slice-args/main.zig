const std = @import("std");
fn A(comptime s: []const u8) type { return struct { const x = s; }; }
fn B(comptime s: anytype) type { return struct { const x = s; }; }
fn C(comptime s: [:0]const u8) type { return struct { const x = s; }; }
fn D(comptime s: []const u8) type { return struct { const x = s; }; }
fn E(comptime s: []const i32) type { return struct { const x = s; }; }
pub fn main() void {
    std.debug.print("{s}\n{s}\n{s}\n{s}\n{s}\n", .{ @typeName(A("ab")), @typeName(B("ab")), @typeName(C("ab")), @typeName(D("")), @typeName(E(&.{1,2})) });
}
