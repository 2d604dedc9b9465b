// The AWS SDK is loaded with the first client, not at start-up: a step that stops at bad input, or a
// guard step that only arms, never pays for it (the bundle keeps it in its own chunk).
import type { ProtonClient } from '@aws-sdk/client-proton';
import type * as SdkCommands from './sdk-commands.js';

export type Sdk = typeof SdkCommands;

/** A client, and the SDK module its commands come from. */
export interface Proton {
  client: ProtonClient;
  sdk: Sdk;
}

let loading: Promise<Sdk> | undefined;

export function loadSdk(): Promise<Sdk> {
  return (loading ??= import('./sdk-commands.js'));
}
