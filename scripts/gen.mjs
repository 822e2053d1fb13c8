#!/usr/bin/env node
// `npm run gen`: regenerate openapi/clientstor.v1.json, the SPA's API client and the C# SDK.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DOTNET_ENV, NPM_ENV, ROOT, apiDll, apiEnv, apiVerb, npmInstall } from './lib/common.mjs';
import { installExitHandlers, log, runChecked } from './lib/proc.mjs';

installExitHandlers();
try {
  await runChecked('dotnet', ['build', path.join(ROOT, 'api', 'ClientStor.Api'), '-c', 'Release', '-nologo'], { name: 'build', cwd: ROOT, env: DOTNET_ENV });
  const out = path.join(ROOT, 'openapi', 'clientstor.v1.json');
  mkdirSync(path.dirname(out), { recursive: true });
  // no database is needed; a placeholder connection string keeps configuration validation happy
  const env = apiEnv({ connectionString: 'Host=127.0.0.1;Port=1;Database=clientstor;Username=postgres', environment: 'Development' });
  await apiVerb(apiDll('Release'), ['openapi', 'export', out], env, { name: 'openapi' });
  await npmInstall();
  await runChecked('npm', ['run', 'gen:api', '-w', 'web'], { name: 'gen:api', cwd: ROOT, env: NPM_ENV });
  await runChecked('dotnet', ['build', path.join(ROOT, 'sdk', 'ClientStor.Sdk'), '-c', 'Release', '-nologo'], { name: 'sdk', cwd: ROOT, env: DOTNET_ENV });
  log(`generated: ${path.relative(ROOT, out)}, web/src/api, sdk/ClientStor.Sdk`);
} catch (e) {
  log(`gen failed: ${e.message}`);
  process.exit(1);
}
