// react-admin's catch-all page. A resource this role may not read is not registered (App.tsx),
// so its address lands here too: say "no access" then, not "not found" (SOP_RULES S2).
import BlockIcon from '@mui/icons-material/Block';
import { Box, Typography } from '@mui/material';
import { Loading, NotFound, Title, useAuthenticated, useGetResourceLabel, useTranslate } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { isResource } from '../access';

export function NotFoundPage() {
  const { pathname } = useLocation();
  const translate = useTranslate();
  const getResourceLabel = useGetResourceLabel();
  // As react-admin's own page: an expired session goes to the sign-in page, not "no access".
  const { isPending } = useAuthenticated();
  const first = pathname.split('/').filter(Boolean)[0] ?? '';
  if (!isResource(first)) return <NotFound />;
  if (isPending) return <Loading />;
  const title = translate('cx.no_access.title');
  return (
    <Box sx={{ textAlign: 'center', py: 8, px: 2 }} data-testid="no-access">
      <Title title={title} />
      <BlockIcon sx={{ fontSize: 64, color: 'text.secondary' }} />
      {/* The app bar's title is the page's h1. */}
      <Typography variant="h4" component="h2" sx={{ mt: 1 }}>
        {title}
      </Typography>
      <Typography variant="body1" color="text.secondary" sx={{ mt: 1 }}>
        {translate('cx.no_access.text', { page: getResourceLabel(first, 2) })}
      </Typography>
    </Box>
  );
}
