// Tiny SVG charts for weekly figures. The panel shows a handful of weeks at a time, so a
// charting library (recharts is ~100 kB gzipped) would buy nothing a few rects and paths don't.
import { Box, Stack, Typography, useTheme } from '@mui/material';
import { formatDayMonth } from './format';
import { useTranslate } from 'react-admin';

export interface Series {
  key: string;
  label: string;
  color: string;
}

type Row = Record<string, unknown>;

const W = 560;
const H = 180;
const PAD = { top: 12, right: 12, bottom: 28, left: 40 };

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** "2026-11-16T18:30:00Z" (Monday 00:00 IST) → "17 Nov". */
export const weekLabel = (iso: string) => formatDayMonth(iso);

function Legend({ series }: { series: Series[] }) {
  return (
    <Stack direction="row" spacing={2} sx={{ mt: 0.5 }} flexWrap="wrap" useFlexGap>
      {series.map((s) => (
        <Stack key={s.key} direction="row" spacing={0.5} alignItems="center">
          <Box sx={{ width: 10, height: 10, bgcolor: s.color, borderRadius: 0.5 }} />
          <Typography variant="caption">{s.label}</Typography>
        </Stack>
      ))}
    </Stack>
  );
}

interface ChartProps {
  rows: Row[];
  /** The x label of each row. */
  x: (row: Row) => string;
  series: Series[];
  /** Fixed top of the y axis (e.g. 100 for percentages, 5 for ratings); default: the data's max. */
  yMax?: number;
  yMin?: number;
  format?: (v: number) => string;
  title: string;
  kind: 'bar' | 'line';
  /** Counts: whole-number ticks. */
  integer?: boolean;
}

/** Grouped bars or lines over weeks, with a y axis of 4 ticks and a legend. */
export function WeeklyChart({ rows, x, series, yMax, yMin = 0, format = (v) => String(Math.round(v * 10) / 10), title, kind, integer }: ChartProps) {
  const translate = useTranslate();
  const theme = useTheme();
  const values = rows.flatMap((r) => series.map((s) => num(r[s.key]))).filter((v): v is number => v !== null);
  const dataMax = Math.max(1, ...values);
  // Four whole-number steps for counts, so no tick reads "1, 1, 1".
  const top = yMax ?? (integer ? Math.max(4, Math.ceil(dataMax / 4) * 4) : dataMax);
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + innerH - ((v - yMin) / (top - yMin || 1)) * innerH;
  const slot = innerW / Math.max(1, rows.length);
  const ticks = [0, 1, 2, 3, 4].map((i) => yMin + ((top - yMin) * i) / 4);
  const labelEvery = Math.ceil(rows.length / 8);
  return (
    <Box>
      <Typography variant="subtitle2">{title}</Typography>
      {rows.length === 0 || values.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 4 }}>
          {translate('cx.dashboard.no_data')}
        </Typography>
      ) : (
        <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={title} style={{ display: 'block' }}>
          {ticks.map((t) => (
            <g key={t}>
              <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke={theme.palette.divider} />
              <text x={PAD.left - 6} y={y(t) + 4} fontSize="10" textAnchor="end" fill={theme.palette.text.secondary}>
                {format(t)}
              </text>
            </g>
          ))}
          {rows.map((r, i) => (
            <text
              key={i}
              x={PAD.left + slot * i + slot / 2}
              y={H - 8}
              fontSize="10"
              textAnchor="middle"
              fill={theme.palette.text.secondary}
            >
              {i % labelEvery === 0 ? x(r) : ''}
            </text>
          ))}
          {kind === 'bar' &&
            rows.map((r, i) => {
              const bw = Math.min(28, (slot * 0.8) / series.length);
              const start = PAD.left + slot * i + (slot - bw * series.length) / 2;
              return series.map((s, j) => {
                const v = num(r[s.key]);
                if (v === null) return null;
                return (
                  <rect key={`${i}-${s.key}`} x={start + j * bw} y={y(v)} width={bw - 2} height={Math.max(0, y(yMin) - y(v))} fill={s.color} rx={2}>
                    <title>{`${x(r)} · ${s.label}: ${format(v)}`}</title>
                  </rect>
                );
              });
            })}
          {kind === 'line' &&
            series.map((s) => {
              const pts = rows
                .map((r, i) => ({ v: num(r[s.key]), cx: PAD.left + slot * i + slot / 2, label: x(r) }))
                .filter((p): p is { v: number; cx: number; label: string } => p.v !== null);
              return (
                <g key={s.key}>
                  <polyline points={pts.map((p) => `${p.cx},${y(p.v)}`).join(' ')} fill="none" stroke={s.color} strokeWidth={2} />
                  {pts.map((p) => (
                    <circle key={p.cx} cx={p.cx} cy={y(p.v)} r={3} fill={s.color}>
                      <title>{`${p.label} · ${s.label}: ${format(p.v)}`}</title>
                    </circle>
                  ))}
                </g>
              );
            })}
        </svg>
      )}
      <Legend series={series} />
    </Box>
  );
}
