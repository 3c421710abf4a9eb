// Load a server configuration from JSON into a struct with defaults, nested structs and enums.
const std = @import("std");

const LogLevel = enum { debug, info, warn, err };

const Config = struct {
    name: []const u8,
    port: u16 = 8080,
    log_level: LogLevel = .info,
    workers: u8,
    tls: ?struct {
        cert: []const u8,
        key: []const u8,
    } = null,
    allowed_hosts: []const []const u8 = &.{},
    limits: struct {
        max_body_kb: u32 = 1024,
        timeout_s: f32 = 30,
    } = .{},
};

const config_text =
    \\{
    \\  "name": "heap-lab-server",
    \\  "workers": 4,
    \\  "log_level": "debug",
    \\  "tls": { "cert": "/etc/cert.pem", "key": "/etc/key.pem" },
    \\  "allowed_hosts": ["localhost", "127.0.0.1"],
    \\  "limits": { "timeout_s": 2.5 }
    \\}
;

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const parsed = try std.json.parseFromSlice(Config, allocator, config_text, .{});
    defer parsed.deinit();
    const cfg = parsed.value;

    std.debug.print("server {s} on port {d} with {d} workers\n", .{ cfg.name, cfg.port, cfg.workers });
    std.debug.print("log level: {s}\n", .{@tagName(cfg.log_level)});
    if (cfg.tls) |tls| {
        std.debug.print("tls: cert={s} key={s}\n", .{ tls.cert, tls.key });
    } else {
        std.debug.print("tls: off\n", .{});
    }
    for (cfg.allowed_hosts, 0..) |host, i| std.debug.print("host[{d}] = {s}\n", .{ i, host });
    std.debug.print("limits: body {d} KiB, timeout {d}s\n", .{ cfg.limits.max_body_kb, cfg.limits.timeout_s });
}
