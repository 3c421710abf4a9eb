const std = @import("std");

const Shapes = struct {
    pub fn area(w: u32, h: u32) u32 {
        return w * h;
    }
    pub const unit = 1;
    test "inner test is found" {
        std.debug.print("inner test ran\n", .{});
    }
};

test "refAllDecls" {
    std.testing.refAllDecls(Shapes);
    std.testing.refAllDecls(@This());
    std.debug.print("refAllDecls returned, area={d}\n", .{Shapes.area(2, 3)});
}
