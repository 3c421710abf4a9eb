fn realMain() void {}
pub const main = realMain;
