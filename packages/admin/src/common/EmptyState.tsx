// What an empty list says: why it is empty and what to do next.
import InboxIcon from '@mui/icons-material/Inbox';
import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** `title` and `text` are message keys (or plain words, shown as they are). */
export function EmptyState({ title, text, action }: { title: string; text: string; action?: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', py: 6, px: 2, color: 'text.secondary', width: '100%' }} data-testid="empty-state">
      <InboxIcon sx={{ fontSize: 56, opacity: 0.5 }} />
      <Typography variant="h6" component="p" sx={{ mt: 1 }}>
        {translate(title, { _: title })}
      </Typography>
      <Typography variant="body2" sx={{ maxWidth: 520, mx: 'auto', mt: 1 }}>
        {translate(text, { _: text })}
      </Typography>
      {action && <Box sx={{ mt: 2 }}>{action}</Box>}
    </Box>
  );
}
