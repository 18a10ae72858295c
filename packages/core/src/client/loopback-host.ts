/**
 * Whether `hostname`, as `URL.hostname` gives it after WHATWG parsing, is a
 * loopback address: `localhost`, an IPv4 address in 127.0.0.0/8, or `[::1]`.
 *
 * The parser has already turned every IPv4 spelling (`127.1`, `0x7f.1`,
 * `2130706433`, `0177.0.0.1`) into four decimal octets and shortened IPv6
 * (`[0:0:0:0:0:0:0:1]` is `[::1]`), so exact comparison is enough; a prefix
 * test is not, since `127.0.0.1.example.com` is an ordinary DNS name.
 *
 * Deliberately refused, although some stacks route them locally: the
 * IPv4-mapped `[::ffff:7f00:1]` (only loopback on dual-stack sockets),
 * `localhost.` and `*.localhost` (resolved by DNS in some runtimes), and
 * `0.0.0.0` / `[::]` (unspecified, not loopback).
 */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || isLoopbackIpv4(hostname);
}

function isLoopbackIpv4(hostname: string): boolean {
  const octets = hostname.split(".");
  if (octets.length !== 4) return false;
  if (!octets.every((octet) => /^\d{1,3}$/.test(octet) && Number(octet) <= 255)) return false;
  return octets[0] === "127";
}
