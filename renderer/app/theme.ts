import { createTheme, alpha } from '@mui/material/styles';

// Calm and professional: a deep teal-blue for action, warm neutrals for surfaces, strong text contrast.
// Targets of at least 44 px everywhere (tablets), and a focus ring you can see from across the desk.
const primary = '#1d5c7a';
const focusRing = '#e0a100';

export const theme = createTheme({
  palette: {
    mode: 'light',
    primary: { main: primary, light: '#4f87a3', dark: '#0f3d55', contrastText: '#ffffff' },
    secondary: { main: '#7a4e2d', contrastText: '#ffffff' },
    success: { main: '#2e7d4f' },
    warning: { main: '#a15c00' },
    error: { main: '#b3261e' },
    info: { main: '#2a6f97' },
    background: { default: '#f3f5f7', paper: '#ffffff' },
    text: { primary: '#1b2631', secondary: '#4a5866' },
    divider: '#dde3e8',
  },
  shape: { borderRadius: 10 },
  typography: {
    fontFamily: '"Noto Sans", "Segoe UI", system-ui, -apple-system, Roboto, Arial, sans-serif',
    fontSize: 15,
    fontWeightMedium: 600,
    h1: { fontSize: '2.25rem', fontWeight: 700, lineHeight: 1.2 },
    h2: { fontSize: '1.875rem', fontWeight: 700, lineHeight: 1.25 },
    h3: { fontSize: '1.625rem', fontWeight: 700, lineHeight: 1.25 },
    h4: { fontSize: '1.5rem', fontWeight: 700, lineHeight: 1.3 },
    h5: { fontSize: '1.25rem', fontWeight: 700, lineHeight: 1.35 },
    h6: { fontSize: '1.0625rem', fontWeight: 700, lineHeight: 1.4 },
    subtitle1: { fontSize: '1rem', fontWeight: 600 },
    body1: { fontSize: '1rem', lineHeight: 1.55 },
    body2: { fontSize: '0.9375rem', lineHeight: 1.5 },
    button: { fontSize: '0.9375rem', fontWeight: 600, textTransform: 'none' },
    overline: { fontSize: '0.75rem', fontWeight: 700, letterSpacing: '0.08em' },
  },
  components: {
    MuiCssBaseline: {
      styleOverrides: {
        body: { WebkitFontSmoothing: 'antialiased' },
        // Keyboard users always see where they are; inputs show focus with their own thick border.
        '*:focus-visible': { outline: `3px solid ${focusRing}`, outlineOffset: 2 },
        'input:focus-visible, textarea:focus-visible, [role="combobox"]:focus-visible': { outline: 'none' },
      },
    },
    MuiButton: {
      // The focus ring says where the keyboard is; a pulsing ripple on top of it only blurs it.
      defaultProps: { disableElevation: true, disableFocusRipple: true },
      styleOverrides: { root: { minHeight: 44, paddingInline: 18 }, sizeLarge: { minHeight: 52, fontSize: '1rem' } },
    },
    MuiIconButton: { defaultProps: { disableFocusRipple: true }, styleOverrides: { root: { minWidth: 44, minHeight: 44 } } },
    MuiListItemButton: { styleOverrides: { root: { minHeight: 48, borderRadius: 8 } } },
    MuiMenuItem: { styleOverrides: { root: { minHeight: 44 } } },
    MuiTab: { styleOverrides: { root: { minHeight: 48, textTransform: 'none', fontWeight: 600, fontSize: '0.9375rem' } } },
    MuiTextField: { defaultProps: { fullWidth: true } },
    MuiFormHelperText: { styleOverrides: { root: { fontSize: '0.8125rem', marginLeft: 2 } } },
    MuiPaper: { styleOverrides: { outlined: { borderColor: '#dde3e8' } } },
    MuiCard: { defaultProps: { variant: 'outlined' } },
    MuiTooltip: { styleOverrides: { tooltip: { fontSize: '0.8125rem' } } },
    MuiDialogTitle: { styleOverrides: { root: { fontSize: '1.25rem', fontWeight: 700 } } },
    MuiTableCell: { styleOverrides: { head: { fontWeight: 700, color: '#4a5866', backgroundColor: alpha(primary, 0.04) } } },
    MuiAlert: { styleOverrides: { root: { alignItems: 'center' } } },
  },
});
