const std = @import("std");

const Edit = struct { pos: @This(), ch: u8 };

const Editor = struct {
    history: std.BoundedArray(Edit, 4) = .{},
};

test "first" {
    var e = Editor{};
    _ = &e;
}

test "second" {
    var e = Editor{};
    _ = &e;
}
