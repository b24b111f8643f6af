/** Runs the NL-KVK rules of an inline profile (placeholder until the rule modules land). */
import type { Finding } from '../../../findings.js';
import type { Profile } from '../profiles.js';
import type { CapturedTarget } from '../validate.js';

export function runInlineProfile(_profile: Profile, _location: string, _targets: CapturedTarget[], _lang: string): Finding[] {
  return [];
}
