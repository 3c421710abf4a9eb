pub fn main() void {
    const a = [_]u8{ 1, 2, 3 };
    _ = a[0 .. 1 << 63];
}
