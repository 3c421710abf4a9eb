const std = @import("std");

const Outer = struct {
    pub const Inner = struct {
        pub fn twice(x: u8) u8 {
            return x * 2;
        }
        test "nested test is found" {
            std.debug.print("nested test ran\n", .{});
        }
    };
    pub const k: u8 = 4;
};

test "refAllDeclsRecursive" {
    std.testing.refAllDeclsRecursive(Outer);
    std.debug.print("returned, twice(k)={d}\n", .{Outer.Inner.twice(Outer.k)});
}
