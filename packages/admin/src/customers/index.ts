import PeopleIcon from '@mui/icons-material/People';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./CustomerList'), 'CustomerList'),
  show: lazyPage(() => import('./CustomerShow'), 'CustomerShow'),
  icon: PeopleIcon,
  recordRepresentation: 'name',
  options: { label: 'Customers' },
};
