// The user's glossary: names and aliases the heuristics miss, read from a workspace file
// (.triangulate/glossary.json). Validated, so a mistake in it gets a clear message, not a crash.

import { z } from 'zod';
import type { Glossary } from './model';

export const GLOSSARY_PATH = '.triangulate/glossary.json';

export const GlossarySchema = z.object({
  entries: z.array(z.object({
    name: z.string().min(1),
    type: z.enum(['organization', 'person', 'product', 'benchmark', 'place', 'other']).optional(),
    aliases: z.array(z.string().min(1)).optional(),
  })),
});

export function parseGlossary(text: string): { glossary: Glossary } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { error: `not valid JSON: ${(e as Error).message}` };
  }
  const r = GlossarySchema.safeParse(data);
  if (!r.success) return { error: r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') };
  return { glossary: r.data };
}
