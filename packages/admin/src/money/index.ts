import PaymentsIcon from '@mui/icons-material/Payments';
import { lazyPage } from '../common/lazyPage';

// The finance queue (M1–M6): money requests, with the saved views FINANCE works from.
export default {
  list: lazyPage(() => import('./MoneyList'), 'MoneyList'),
  show: lazyPage(() => import('./MoneyShow'), 'MoneyShow'),
  icon: PaymentsIcon,
};
