// Phones (below MUI's `sm`, 600 px) get lists as tappable items instead of tables: a table of
// several columns cannot fit 375 px without sideways scrolling.
import { useMediaQuery, type Theme } from '@mui/material';

export const useIsPhone = () => useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'), { noSsr: true });
