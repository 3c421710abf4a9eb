pub fn main() void {
    const buf = [_]u8{ 1, 1e309 };
    _ = buf;
}
