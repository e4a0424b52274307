import ShoppingCartIcon from '@mui/icons-material/ShoppingCart';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./OrderList'), 'OrderList'),
  show: lazyPage(() => import('./OrderShow'), 'OrderShow'),
  icon: ShoppingCartIcon,
  recordRepresentation: 'externalRef',
  options: { label: 'Orders' },
};
