// AWS_CA_BUNDLE, else ca_bundle in the selected profile: the CA file the AWS CLI honours, and that
// runners set up for the CLI often carry. The JavaScript SDK ignores both; this step reads them.
//
// The bundle is added to Node's trusted roots instead of replacing them, as the CLI does. A bundle
// written for the CLI often holds only the company's CA (for a TLS-inspecting proxy), and Node's
// roots already hold what NODE_EXTRA_CA_CERTS adds: replacing them would break a connection that
// works without the bundle (AWS reached directly, or a proxy trusted through NODE_EXTRA_CA_CERTS).
// What is lost is the CLI's use of a bundle to trust fewer CAs; the README says so.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import * as tls from 'node:tls';
import type { ConnectionSettingsProblem } from '../domain/connection-problem.js';

export interface CaBundle {
  /** Where the path came from: "AWS_CA_BUNDLE", or "ca_bundle of profile ci". */
  source: string;
  path: string;
  certificates: string[];
}

/** The profile's settings as the SDK reads the shared config file (AWS_CONFIG_FILE, AWS_PROFILE). */
export type ProfileSettings = () => Promise<{ name: string; settings: Record<string, string | undefined> | undefined }>;

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** The CA bundle to add, none, or what is wrong with it (said before any request). */
export async function readCaBundle(env: NodeJS.ProcessEnv, profile: ProfileSettings): Promise<{ bundle?: CaBundle } | { problem: ConnectionSettingsProblem }> {
  const fromEnvironment = env.AWS_CA_BUNDLE?.trim();
  let source = 'AWS_CA_BUNDLE';
  let path = fromEnvironment;
  if (!path) {
    const { name, settings } = await profile();
    path = settings?.ca_bundle?.trim();
    source = `ca_bundle of profile ${name}`;
  }
  if (!path) return {};
  const file = path.startsWith('~/') ? `${homedir()}${path.slice(1)}` : path;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { problem: { kind: 'ca-bundle-unreadable', source, path, code: (error as NodeJS.ErrnoException).code } };
  }
  const certificates = text.match(PEM_CERTIFICATE) ?? [];
  if (certificates.length === 0) {
    return { problem: { kind: 'ca-bundle-empty', source, path } };
  }
  const broken = certificates.findIndex((pem) => !parses(pem));
  if (broken >= 0) {
    return { problem: { kind: 'ca-bundle-broken', source, path, certificate: broken + 1 } };
  }
  return { bundle: { source, path, certificates } };
}

function parses(pem: string): boolean {
  try {
    new X509Certificate(pem);
    return true;
  } catch {
    return false;
  }
}

/** Node's roots (bundled, and NODE_EXTRA_CA_CERTS's) plus the bundle's. */
export function trustedWith(bundle: CaBundle): string[] {
  return [...tls.getCACertificates('default'), ...bundle.certificates];
}
