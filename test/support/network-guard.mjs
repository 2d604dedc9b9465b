// Preloaded into the bundled action (NODE_OPTIONS=--import) by the tests that use public host names
// (the default Proton, STS and SSO endpoints, through a test proxy): every outgoing connection and
// host name lookup is checked before it happens. Loopback is allowed and written to stderr as
// "network-guard: connect HOST:PORT"; anything else is refused without a packet being sent, and
// written as "network-guard: refused HOST:PORT", so a test can assert where the action connected.
// No root needed: this is Node's own socket and resolver, where every connection of the action starts.
import dns from 'node:dns';
import { writeSync } from 'node:fs';
import net from 'node:net';

const isLoopback = (host) => host === 'localhost' || host === '::1' || /^127\./.test(host);
const say = (line) => writeSync(2, `network-guard: ${line}\n`);

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  // net.connect passes its normalised [options, callback]; a direct call passes (options) or (port, host).
  const first = args[0];
  const options = Array.isArray(first) ? first[0] : typeof first === 'object' && first !== null ? first : { port: first, host: args[1] };
  if (options?.path) return connect.apply(this, args);
  const host = String(options?.host ?? 'localhost');
  const where = `${host}:${options?.port}`;
  if (isLoopback(host)) {
    say(`connect ${where}`);
    return connect.apply(this, args);
  }
  say(`refused ${where}`);
  const error = Object.assign(new Error(`network-guard refused a connection to ${where}: tests reach only 127.0.0.1`), { code: 'ECONNREFUSED' });
  process.nextTick(() => this.destroy(error));
  return this;
};

const refusedLookup = (hostname) =>
  Object.assign(new Error(`network-guard refused to look up ${hostname}: tests reach only 127.0.0.1`), { code: 'ENOTFOUND', hostname });

const lookup = dns.lookup;
dns.lookup = function guardedLookup(hostname, ...rest) {
  if (isLoopback(String(hostname))) return lookup.call(this, hostname, ...rest);
  say(`refused lookup ${hostname}`);
  const callback = rest.at(-1);
  process.nextTick(() => callback(refusedLookup(hostname)));
  return {};
};
const lookupPromise = dns.promises.lookup;
dns.promises.lookup = async function guardedLookupPromise(hostname, ...rest) {
  if (isLoopback(String(hostname))) return lookupPromise.call(this, hostname, ...rest);
  say(`refused lookup ${hostname}`);
  throw refusedLookup(hostname);
};
