import { Box, Typography } from '@mui/material';

/** The Komak mark: a heart in a rounded square (the same drawing as the window icon). */
export function LogoMark({ size = 36 }: { size?: number }) {
  return (
    <Box component="svg" viewBox="0 0 64 64" sx={{ width: size, height: size, flex: 'none' }} aria-hidden="true">
      <rect width="64" height="64" rx="14" fill="#1d5c7a" />
      <path d="M32 48c-9-6.5-16-12.4-16-20a9 9 0 0 1 16-5.6A9 9 0 0 1 48 28c0 7.6-7 13.5-16 20z" fill="#fff" />
    </Box>
  );
}

export function Logo({ size = 36, inverse = false }: { size?: number; inverse?: boolean }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.25 }}>
      <LogoMark size={size} />
      <Typography
        component="span"
        sx={{ fontWeight: 700, fontSize: size * 0.6, letterSpacing: '-0.01em', color: inverse ? '#fff' : 'primary.dark' }}
      >
        Komak
      </Typography>
    </Box>
  );
}
