const std = @import("std");

const Outer = struct {
    const Inner = struct {
        fn one() u8 {
            return 1;
        }
        test "inner" {
            try std.testing.expectEqual(1, one());
        }
    };
    test "outer" {
        try std.testing.expect(Inner.one() == 1);
    }
};

const Unused = struct {
    test "never runs" {
        try std.testing.expect(false);
    }
};

const Shape = union(enum) {
    circle: f32,
    square: f32,
    fn area(s: Shape) f32 {
        return switch (s) {
            .circle => |r| 3 * r * r,
            .square => |a| a * a,
        };
    }
    test area {
        try std.testing.expectEqual(@as(f32, 4), area(.{ .square = 2 }));
    }
};

test {
    std.testing.refAllDecls(@This());
}

test "uses outer" {
    _ = Outer;
}

test {
    try std.testing.expect(true);
}
