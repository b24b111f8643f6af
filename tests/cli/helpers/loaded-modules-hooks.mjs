// Module customization hooks of loaded-modules.mjs (they run on the loader thread; the file is appended to there).
import { appendFileSync } from 'node:fs';

export async function load(url, context, next) {
  if (process.env.SBR_LOADED_MODULES) appendFileSync(process.env.SBR_LOADED_MODULES, `${url}\n`);
  return next(url, context);
}
