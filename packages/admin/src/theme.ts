// react-admin's default theme with what axe asked for (issue 14 item 14), in one place rather
// than on each page.
import type { CheckboxOwnerState } from '@mui/material';
import { defaultTheme, type RaThemeOptions } from 'react-admin';

// MUI's blue 800: 5.7:1 with white, where the default blues (#1976d2 for text and focused labels
// on the grey page, #2196f3 under the app bar's white title) stay below AA's 4.5:1.
const BLUE = { light: '#5e92f3', main: '#1565c0', dark: '#0d47a1', contrastText: '#fff' };
// The same for outlined warning and info buttons and chips (#ed6c02 is 3.1:1, #0288d1 3.9:1).
const WARNING = { light: '#ed6c02', main: '#b45309', dark: '#92400e', contrastText: '#fff' };
const INFO = { light: '#0288d1', main: '#0277bd', dark: '#01579b', contrastText: '#fff' };

type LabelledOwnerState = CheckboxOwnerState & { 'aria-label'?: string; inputProps?: Record<string, unknown> };

export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: { ...defaultTheme.palette, primary: BLUE, secondary: BLUE, warning: WARNING, info: INFO },
  components: {
    ...defaultTheme.components,
    // A tooltip adds a description, never the name: the name is the text one sees (a header
    // "Behav." stays "Behav."), and a plain box with a tooltip gets no aria-label it may not carry.
    MuiTooltip: { defaultProps: { describeChild: true } },
    // Subtitles name a section: of a page (subtitle1, an h2 under the app bar's h1) or of a card or
    // dialog titled by an h2 (subtitle2, an h3). MUI's h6 for both skipped levels.
    MuiTypography: { defaultProps: { variantMapping: { subtitle1: 'h2', subtitle2: 'h3' } } },
    // A link inside text (a phone number in a sentence) is told apart by more than its colour.
    MuiLink: { defaultProps: { underline: 'always' } },
    // react-admin's row checkbox ("Select this row") gives its aria-label to the Checkbox, which
    // puts it on the wrapping span: the name belongs on the input itself.
    MuiCheckbox: {
      defaultProps: {
        slotProps: {
          root: (s: LabelledOwnerState) => (s['aria-label'] ? { 'aria-label': undefined } : {}),
          input: (s: LabelledOwnerState) => ({ ...s.inputProps, ...(s['aria-label'] ? { 'aria-label': s['aria-label'] } : {}) }),
        },
      },
    },
  },
};
