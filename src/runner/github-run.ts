// The workflow run a step belongs to, from the variables the runner sets: what @actions/github
// 9.1.1's Context reads for these fields, without its event payload (which the step does not use,
// and which Context reads from disk, printing a line when the file is missing).

export interface RunContext {
  repository?: string;
  workflow?: string;
  job?: string;
  runNumber?: number;
  runUrl?: string;
  ref?: string;
  sha?: string;
  actor?: string;
  eventName?: string;
}

export function runContextFromEnvironment(env: NodeJS.ProcessEnv = process.env): RunContext {
  const { GITHUB_REPOSITORY: repository, GITHUB_WORKFLOW: workflow, GITHUB_JOB: job, GITHUB_REF: ref, GITHUB_SHA: sha, GITHUB_ACTOR: actor } = env;
  const runNumber = parseInt(env.GITHUB_RUN_NUMBER ?? '', 10);
  const runId = parseInt(env.GITHUB_RUN_ID ?? '', 10);
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    ...(repository ? { repository } : {}),
    ...(workflow ? { workflow } : {}),
    ...(job ? { job } : {}),
    ...(Number.isFinite(runNumber) ? { runNumber } : {}),
    ...(repository && Number.isFinite(runId) ? { runUrl: `${serverUrl}/${repository}/actions/runs/${runId}` } : {}),
    ...(ref ? { ref } : {}),
    ...(sha ? { sha } : {}),
    ...(actor ? { actor } : {}),
    ...(env.GITHUB_EVENT_NAME ? { eventName: env.GITHUB_EVENT_NAME } : {}),
  };
}
