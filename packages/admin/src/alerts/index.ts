import NotificationsIcon from '@mui/icons-material/Notifications';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./AlertList'), 'AlertList'),
  icon: NotificationsIcon,
  options: { label: 'Alerts' },
};
