// Durations in configuration are written 90s, 15m, 2h, 3d (SOP_RULES "Policy settings").
const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

export function parseDuration(text: string): number | null {
  const m = /^\s*(\d+)\s*([smhd])\s*$/.exec(text);
  if (!m) return null;
  const value = Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
  return value > 0 ? value : null;
}

export function formatDuration(ms: number): string {
  for (const [unit, size] of [['d', UNIT_MS.d], ['h', UNIT_MS.h], ['m', UNIT_MS.m]] as const) {
    if (ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${Math.round(ms / 1000)}s`;
}
