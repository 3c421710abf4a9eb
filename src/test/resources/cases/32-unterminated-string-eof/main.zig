pub fn main() void {
    _ = "abc