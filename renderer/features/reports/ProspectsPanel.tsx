import { useState } from 'react';
import { Alert, Button, MenuItem, Paper, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { PlacementProspect } from '../../../electron/contract/reports.contract';
import { useApiMutation } from '../../api/hooks';
import { errorMessage } from '../../components/errors';

// The contract's list, kept here as values so zod stays out of the bundle.
const PROSPECTS: PlacementProspect[] = ['reintegration', 'guardianship', 'foster_family', 'adoption', 'independent_living', 'undetermined'];

export interface ProspectChild {
  clientCode: string;
  name: string;
  prospect: { code: PlacementProspect; note: string | null } | null;
}

/** Family-type home: each child's placement prospect, edited beside the per-child progress report. */
export function ProspectsPanel({ children }: { children: ProspectChild[] }) {
  const { t } = useTranslation('reportsProspects');
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2.5 }}>
      <Typography variant="h6" component="h3">
        {t('title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1.5 }}>
        {t('help')}
      </Typography>
      {children.length === 0 ? (
        <Typography>{t('empty')}</Typography>
      ) : (
        <Table size="small" aria-label={t('title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('code')}</TableCell>
              <TableCell>{t('child')}</TableCell>
              <TableCell>{t('prospect')}</TableCell>
              <TableCell>{t('note')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {children.map((c) => (
              <ProspectRow key={c.clientCode} child={c} />
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}

function ProspectRow({ child }: { child: ProspectChild }) {
  const { t } = useTranslation('reportsProspects');
  const [prospect, setProspect] = useState<PlacementProspect | ''>(child.prospect?.code ?? '');
  const [note, setNote] = useState(child.prospect?.note ?? '');
  const [saved, setSaved] = useState(false);
  const save = useApiMutation('reports.setPlacementProspect', { invalidates: ['reports.view'], onSuccess: () => setSaved(true) });
  const changed = prospect !== (child.prospect?.code ?? '') || note !== (child.prospect?.note ?? '');
  return (
    <TableRow>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{child.clientCode}</TableCell>
      <TableCell>{child.name}</TableCell>
      <TableCell sx={{ minWidth: 220 }}>
        <TextField
          select
          size="small"
          fullWidth
          label={t('prospect')}
          value={prospect}
          onChange={(e) => {
            setProspect(e.target.value as PlacementProspect);
            setSaved(false);
          }}
        >
          <MenuItem value="" disabled>
            {t('none')}
          </MenuItem>
          {PROSPECTS.map((p) => (
            <MenuItem key={p} value={p}>
              {t(`options.${p}`)}
            </MenuItem>
          ))}
        </TextField>
      </TableCell>
      <TableCell sx={{ minWidth: 200 }}>
        <TextField
          size="small"
          fullWidth
          label={t('note')}
          value={note}
          slotProps={{ htmlInput: { maxLength: 500 } }}
          onChange={(e) => {
            setNote(e.target.value);
            setSaved(false);
          }}
          error={save.isError}
          helperText={save.isError ? errorMessage(save.error) : undefined}
        />
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {saved && !changed ? (
          <Alert severity="success" variant="outlined" sx={{ py: 0 }}>
            {t('saved', { code: child.clientCode })}
          </Alert>
        ) : (
          <Button
            variant="contained"
            size="small"
            disabled={!prospect || !changed || save.isPending}
            onClick={() => prospect && save.mutate({ clientCode: child.clientCode, prospect, note: note.trim() || null })}
          >
            {t('save')}
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
}
