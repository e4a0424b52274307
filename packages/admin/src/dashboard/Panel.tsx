// The frame every dashboard widget sits in, and what the weekly charts share.
import { Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { weekLabel } from '../common/charts';

/** `title` is a message key (cx.dashboard.<widget>.title). */
export function Panel({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  const translate = useTranslate();
  return (
    <Card sx={{ height: '100%' }} data-testid={testId}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate(title, { _: title })}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/** A weekly chart's x label: the week's Monday. */
export const weekX = (r: Record<string, unknown>) => weekLabel(String(r.weekStart));
