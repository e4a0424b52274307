// The bell in the app bar: how many of the signed-in user's teams' alerts nobody has acknowledged
// yet (the API scopes the count), polled so a new escalation shows up without a reload.
import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, IconButton, Tooltip } from '@mui/material';
import { useGetList, usePermissions, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { canRead } from '../access';
import { UNREAD } from './AlertList';

// UI polling, not business time: a count half a minute old is fresh enough for a badge.
const POLL_MS = 30_000;

function Bell() {
  const { total } = useGetList(
    'Alert',
    { filter: UNREAD, pagination: { page: 1, perPage: 1 }, sort: { field: 'createdAt', order: 'DESC' }, meta: { sparseFields: ['id'] } },
    { refetchInterval: POLL_MS },
  );
  const translate = useTranslate();
  const count = total ?? 0;
  const label = translate('cx.alerts.bell', { count });
  return (
    <Tooltip title={label}>
      <IconButton
        color="inherit"
        component={Link}
        to={`/Alert?filter=${encodeURIComponent(JSON.stringify(UNREAD))}`}
        aria-label={label}
        data-testid="alerts-bell"
      >
        <Badge badgeContent={count} color="error" max={99} data-testid="alerts-count">
          <NotificationsIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
}

/** Only for roles the API lets read alerts. */
export function AlertsBell() {
  const { permissions } = usePermissions<string[]>();
  return canRead(permissions, 'Alert') ? <Bell /> : null;
}
