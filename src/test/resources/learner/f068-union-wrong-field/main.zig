const std = @import("std");

const Value = union {
    int: i64,
    float: f64,
    text: []const u8,
};

const Kind = enum { int, float, text };

const Cell = struct {
    kind: Kind,
    v: Value,

    fn show(self: Cell) void {
        switch (self.kind) {
            .int => std.debug.print("int {d}\n", .{self.v.int}),
            .float => std.debug.print("float {d}\n", .{self.v.float}),
            .text => std.debug.print("text {s}\n", .{self.v.text}),
        }
    }
};

pub fn main() void {
    var cells = [_]Cell{
        .{ .kind = .int, .v = .{ .int = 42 } },
        .{ .kind = .text, .v = .{ .text = "hi" } },
        .{ .kind = .float, .v = .{ .float = 0.5 } },
    };
    for (cells) |c| c.show();
    cells[0].v = .{ .float = 1.25 };
    cells[0].kind = .float;
    cells[0].show();
    cells[2].kind = .int;
    cells[2].show();
}
