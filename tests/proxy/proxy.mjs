// The real Discord REST proxy for Rekey's several-instances tests:
// @discordjs/proxy (with @discordjs/rest owning the rate limits, as in
// production) in front of the fake Discord of tests/it/support/fake_discord.
//
//   node proxy.mjs <upstream base URL> <mark>
//
// Listens on 127.0.0.1 (a free port), prints `listening <port>`, then one
// `request <method> <path>` line per request it receives, and stops when its
// standard input closes (the test dropped it). Requests it forwards carry
// `<mark>` in their User-Agent, so the fake can tell them from direct calls.
//
// Three settings differ from the package's documented one-liner
// (`createServer(proxyRequests(rest))`), each for a failure seen with it:
// - proxyRequests rethrows any error it does not know (an upstream
//   connection dropped mid-request: undici's "other side closed") after it
//   has ended the response; unhandled, that rejection kills Node, and every
//   instance's open request then fails with "connection reset". Here it is
//   caught and logged, and the response starts as 502 so such a failure is
//   answered 502, not an empty 200 (every known outcome sets its status).
// - proxyRequests hands the incoming request to @discordjs/rest as a stream
//   (`passThroughBody`); when the REST client retries (a 5xx, a network
//   error) that stream is spent and the retry goes out with an EMPTY body
//   (seen: `PUT .../commands` resent with `content-length: 0`). So
//   `retries: 0`: the error goes back to the instance, whose own retry
//   (discord_post jobs) resends the whole body.
// - Node closes idle keep-alive sockets after 5 s, while serenity's client
//   (reqwest) reuses them for up to 90 s: a request written as Node closes
//   the socket is reset. The proxy keeps them 120 s, so the client always
//   closes first.
import http from "node:http";
import { proxyRequests } from "@discordjs/proxy";
import { REST } from "@discordjs/rest";

const [upstream, mark] = process.argv.slice(2);
if (!upstream || !mark) {
  console.error("usage: node proxy.mjs <upstream base URL> <mark>");
  process.exit(2);
}

const rest = new REST({
  api: `${upstream}/api`,
  version: "10",
  userAgentAppendix: mark,
  // A test host: fail fast instead of Discord's 15 s.
  timeout: 5_000,
  // Never resend a passed-through body (see above).
  retries: 0,
});
const proxy = proxyRequests(rest);

const server = http.createServer((req, res) => {
  console.log(`request ${req.method} ${req.url}`);
  // Every outcome proxyRequests knows sets its own status; an unknown error
  // leaves this one.
  res.statusCode = 502;
  proxy(req, res).catch((error) => {
    console.error(`proxy error for ${req.method} ${req.url}: ${error?.stack ?? error}`);
    res.end();
  });
});
server.keepAliveTimeout = 120_000;
server.headersTimeout = 121_000;

server.listen(0, "127.0.0.1", () => {
  console.log(`listening ${server.address().port}`);
});

process.stdin.resume();
process.stdin.on("end", () => process.exit(0));
process.stdin.on("error", () => process.exit(0));
