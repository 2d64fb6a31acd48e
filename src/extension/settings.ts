// The extension's settings, validated with zod. VS Code does not enforce the JSON schema in package.json
// (a user can type anything into settings.json), so every value is checked here: an invalid one is
// replaced by its default and reported once, naming the setting. Pure: the glue passes a reader.

import { z } from 'zod';

export const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'] as const;
export type SeverityName = (typeof SEVERITIES)[number];

export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/out/**', '**/build/**', '**/.vscode-test/**', '**/.triangulate/**'];

export interface Settings {
  include: string;
  exclude: string[];
  /** Megabytes. */
  maxFileSize: number;
  diagnosticsSeverity: SeverityName;
  highlights: { figures: boolean; entities: boolean; claims: boolean };
  glossaryFile: string;
  /** ISO date (YYYY-MM-DD) or undefined. */
  referenceDate: string | undefined;
}

const glob = z.string().trim().min(1, 'must not be empty');
const isoDate = z.string().trim().refine((s) => s === '' || (/^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s + 'T00:00:00Z')) && new Date(s + 'T00:00:00Z').toISOString().startsWith(s)), 'must be a date written YYYY-MM-DD, or empty');

interface Spec<T> {
  schema: z.ZodType<T>;
  default: T;
  /** What a valid value looks like, for the message. */
  expected: string;
}

const spec = <T>(schema: z.ZodType<T>, value: T, expected: string): Spec<T> => ({ schema, default: value, expected });

/** Every setting: its key (after "triangulate."), schema, default and a description of a valid value. */
export const SETTING_SPECS = {
  include: spec(glob, '**/*.{md,txt}', 'a glob pattern such as "**/*.{md,txt}"'),
  exclude: spec(z.array(glob), DEFAULT_EXCLUDE, 'a list of glob patterns'),
  maxFileSize: spec(z.number().positive().max(1024), 5, 'a number of megabytes between 0 and 1024'),
  'diagnostics.severity': spec(z.enum(SEVERITIES), 'warning' as SeverityName, `one of ${SEVERITIES.map((s) => `"${s}"`).join(', ')}`),
  'highlights.figures': spec(z.boolean(), true, 'true or false'),
  'highlights.entities': spec(z.boolean(), true, 'true or false'),
  'highlights.claims': spec(z.boolean(), true, 'true or false'),
  glossaryFile: spec(glob, '.triangulate/glossary.json', 'a path relative to the workspace folder'),
  referenceDate: spec(z.union([isoDate, z.null()]), '' as string | null, 'a date written YYYY-MM-DD, or empty'),
} as const;

export type SettingKey = keyof typeof SETTING_SPECS;

export interface SettingProblem {
  /** Full key, "triangulate.maxFileSize". */
  setting: string;
  message: string;
}

export const SECTION = 'triangulate';

/**
 * Reads and validates every setting. `read` returns the raw value of a key (under "triangulate."), or
 * undefined when unset. Invalid values are replaced by their default and listed in `problems`.
 */
export function parseSettings(read: (key: SettingKey) => unknown): { settings: Settings; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  const get = <K extends SettingKey>(key: K): (typeof SETTING_SPECS)[K]['default'] => {
    const s = SETTING_SPECS[key] as Spec<unknown>;
    const raw = read(key);
    if (raw === undefined) return s.default as (typeof SETTING_SPECS)[K]['default'];
    const r = s.schema.safeParse(raw);
    if (r.success) return r.data as (typeof SETTING_SPECS)[K]['default'];
    problems.push({ setting: `${SECTION}.${key}`, message: problemMessage(key, raw, r.error) });
    return s.default as (typeof SETTING_SPECS)[K]['default'];
  };
  const referenceDate = get('referenceDate');
  const settings: Settings = {
    include: get('include'),
    exclude: [...get('exclude')],
    maxFileSize: get('maxFileSize'),
    diagnosticsSeverity: get('diagnostics.severity'),
    highlights: { figures: get('highlights.figures'), entities: get('highlights.entities'), claims: get('highlights.claims') },
    glossaryFile: get('glossaryFile'),
    referenceDate: typeof referenceDate === 'string' && referenceDate.trim() ? referenceDate.trim() : undefined,
  };
  return { settings, problems };
}

function problemMessage(key: SettingKey, raw: unknown, error: z.ZodError): string {
  const s = SETTING_SPECS[key] as Spec<unknown>;
  const issue = error.issues[0];
  const where = issue && issue.path.length ? ` (item ${issue.path.join('.')})` : '';
  return `Triangulate: the setting "${SECTION}.${key}" must be ${s.expected}${where}, but it is ${show(raw)}. Using the default, ${show(s.default)}.`;
}

function show(v: unknown): string {
  if (v === '' || v === null) return 'empty';
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 80 ? s.slice(0, 77) + '…' : s;
}

/** Megabytes to bytes. */
export function maxBytes(settings: Settings): number {
  return Math.round(settings.maxFileSize * 1024 * 1024);
}
