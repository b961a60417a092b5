/**
 * Preload for the no-network test (`node --import ./no-network-preload.mjs`): every way a
 * Node process can open a connection or resolve a name is replaced by a recorder that
 * throws. `globalThis.__networkAttempts` lists what was tried: `{api, target}`.
 */
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

const attempts = [];
globalThis.__networkAttempts = attempts;

const describeTarget = (args) => {
  const a = args[0];
  if (typeof a === 'string' || a instanceof URL) return String(a);
  if (Array.isArray(a)) return describeTarget(a);
  if (a && typeof a === 'object') return `${a.protocol ?? ''}//${a.host ?? a.hostname ?? a.path ?? ''}:${a.port ?? ''}${a.path ?? ''}`;
  return String(a);
};
function block(owner, name, api) {
  owner[name] = function blocked(...args) {
    attempts.push({ api, target: describeTarget(args) });
    throw new Error(`network access blocked in test: ${api}`);
  };
}

block(net.Socket.prototype, 'connect', 'net.Socket.connect');
block(net, 'connect', 'net.connect');
block(net, 'createConnection', 'net.createConnection');
block(tls, 'connect', 'tls.connect');
for (const m of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveTxt']) {
  block(dns, m, `dns.${m}`);
  block(dns.promises, m, `dns.promises.${m}`);
}
block(http, 'request', 'http.request');
block(http, 'get', 'http.get');
block(https, 'request', 'https.request');
block(https, 'get', 'https.get');
block(http2, 'connect', 'http2.connect');
block(dgram, 'createSocket', 'dgram.createSocket');
block(globalThis, 'fetch', 'fetch');
if (globalThis.WebSocket) block(globalThis, 'WebSocket', 'WebSocket');
