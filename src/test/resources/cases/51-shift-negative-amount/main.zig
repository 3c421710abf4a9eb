pub fn main() void {
    const x = 1 << -1;
    _ = x;
}
