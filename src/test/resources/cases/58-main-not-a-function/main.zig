pub const main = struct {};
