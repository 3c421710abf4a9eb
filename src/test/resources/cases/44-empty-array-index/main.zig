pub fn main() void {
    const a = [_]u8{ 1, 2, 3 };
    const e = [_]u8{};
    _ = e[0];
}
