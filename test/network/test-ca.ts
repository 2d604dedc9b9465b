// A certificate authority made for one test run, and a server certificate it signs for the AWS host
// names the tests play (the default endpoints of Proton, STS and SSO): nothing secret is committed,
// and a test that trusts this CA trusts nothing else it did not make. Made with the openssl command
// line (on Debian, macOS and GitHub's runners alike); .ci/run installs it where it is missing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestCa {
  /** The CA certificate, PEM, and where it is on disk (for NODE_EXTRA_CA_CERTS and AWS_CA_BUNDLE). */
  caPem: string;
  caPath: string;
  /** A certificate for the AWS names and 127.0.0.1, signed by the CA, and its key. */
  cert: string;
  key: string;
  /** A certificate for the same names that no CA signed: what a TLS-inspecting proxy presents. */
  selfSigned: { cert: string; key: string };
}

export const AWS_TEST_NAMES = [
  '*.amazonaws.com',
  '*.us-east-1.amazonaws.com',
  '*.eu-west-1.amazonaws.com',
  '*.sso.us-east-1.amazonaws.com',
  'localhost',
];

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

export function makeTestCa(names: readonly string[] = AWS_TEST_NAMES): TestCa {
  const dir = mkdtempSync(join(tmpdir(), 'cancel-proton-ca-'));
  const key = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  writeFileSync(join(dir, 'ca.cnf'), '[req]\ndistinguished_name=dn\n[dn]\n[ca]\nbasicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n');
  openssl(dir, ['req', '-x509', ...key, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=cancel-proton-deployment test CA', '-config', 'ca.cnf', '-extensions', 'ca']);
  const san = [...names.map((n) => `DNS:${n}`), 'IP:127.0.0.1'].join(',');
  writeFileSync(join(dir, 'server.ext'), `basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=${san}\n`);
  openssl(dir, ['req', ...key, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=amazonaws.com', '-config', 'ca.cnf']);
  openssl(dir, ['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '2', '-extfile', 'server.ext']);
  writeFileSync(join(dir, 'self.cnf'), `[req]\ndistinguished_name=dn\n[dn]\n[ext]\nsubjectAltName=${san}\n`);
  openssl(dir, ['req', '-x509', ...key, '-keyout', 'self.key', '-out', 'self.pem', '-days', '2', '-subj', '/CN=inspecting proxy', '-config', 'self.cnf', '-extensions', 'ext']);
  const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
  return {
    caPem: read('ca.pem'),
    caPath: join(dir, 'ca.pem'),
    cert: read('server.pem'),
    key: read('server.key'),
    selfSigned: { cert: read('self.pem'), key: read('self.key') },
  };
}
