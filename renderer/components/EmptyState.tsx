import type { ReactNode } from 'react';
import { Box, Paper, Typography } from '@mui/material';
import type SvgIcon from '@mui/material/SvgIcon';

interface Props {
  icon: typeof SvgIcon;
  title: string;
  text: string;
  /** What will appear here, as short points. */
  points?: string[];
  /** How to start: one or two buttons to places that exist. */
  actions?: ReactNode;
  children?: ReactNode;
}

/** A page or panel with nothing to show yet: what will appear here, and how to start. */
export function EmptyState({ icon: Icon, title, text, points, actions, children }: Props) {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 3, md: 5 }, textAlign: 'center', maxWidth: 760, mx: 'auto' }}>
      <Box
        sx={{
          width: 72,
          height: 72,
          mx: 'auto',
          mb: 2,
          borderRadius: '50%',
          bgcolor: 'primary.main',
          color: '#fff',
          display: 'grid',
          placeItems: 'center',
          opacity: 0.9,
        }}
      >
        <Icon sx={{ fontSize: 38 }} />
      </Box>
      <Typography variant="h5" component="h2" gutterBottom>
        {title}
      </Typography>
      <Typography color="text.secondary" sx={{ maxWidth: 560, mx: 'auto' }}>
        {text}
      </Typography>
      {points && points.length > 0 && (
        <Box component="ul" sx={{ textAlign: 'left', display: 'inline-block', mt: 2.5, mb: 0, pl: 3, color: 'text.primary' }}>
          {points.map((p) => (
            <Typography component="li" key={p} sx={{ mb: 0.75 }}>
              {p}
            </Typography>
          ))}
        </Box>
      )}
      {children}
      {actions && <Box sx={{ mt: 3, display: 'flex', gap: 1.5, justifyContent: 'center', flexWrap: 'wrap' }}>{actions}</Box>}
    </Paper>
  );
}
