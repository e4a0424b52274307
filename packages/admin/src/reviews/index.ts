import RateReviewIcon from '@mui/icons-material/RateReview';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./ReviewList'), 'ReviewList'),
  icon: RateReviewIcon,
  options: { label: 'Reviews' },
};
