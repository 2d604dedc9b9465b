// The parts of @actions/core and @actions/github this action uses, imported from their own modules.
// Their index modules also load what a cancel never uses and would pay for before its first request:
// @actions/core's OIDC client brings @actions/http-client and undici, and @actions/github builds an
// Octokit on import (together about 0.5 MB of bundle and 50 ms of start-up on Node 24; see the
// README's performance section). Their exports maps offer no narrower entry, so these are plain
// relative imports of the pinned packages' files: a release that moves them fails the type check.
export { issue, issueCommand } from '../../node_modules/@actions/core/lib/command.js';
export { issueFileCommand, prepareKeyValueMessage } from '../../node_modules/@actions/core/lib/file-command.js';
export { summary } from '../../node_modules/@actions/core/lib/summary.js';
export { toCommandProperties, toCommandValue } from '../../node_modules/@actions/core/lib/utils.js';
export { Context } from '../../node_modules/@actions/github/lib/context.js';
