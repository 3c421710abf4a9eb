fn main() void {}
