import { useState } from 'react';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  FormControlLabel,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  Paper,
  Switch,
  Typography,
} from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CancelIcon from '@mui/icons-material/Cancel';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutlined';
import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import { useTranslation } from 'react-i18next';
import type { PackageVerificationOut } from '../../../electron/contract/reports.contract';
import { formatDate, formatDateTime } from '../../../electron/contract/format';
import { useApiMutation } from '../../api/hooks';
import { errorMessage } from '../../components/errors';
import { fileToBase64, groupedFingerprint } from './files';

const ICONS = {
  ok: <CheckCircleIcon color="success" />,
  failed: <CancelIcon color="error" />,
  skipped: <RemoveCircleOutlineIcon color="disabled" />,
};

/** A regional office opens a package it received and gets the verdict, check by check, without a command line. */
export function VerifyPanel() {
  const { t } = useTranslation('reports');
  const [pkg, setPkg] = useState<File | null>(null);
  const [cert, setCert] = useState<File | null>(null);
  const [result, setResult] = useState<PackageVerificationOut | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A query in the contract, run on demand: the package bytes are its input.
  const verify = useApiMutation('reports.verifyPackage');
  const run = async () => {
    if (!pkg) return;
    setError(null);
    setResult(null);
    try {
      setResult(await verify.mutateAsync({ packageBase64: await fileToBase64(pkg), certificatePem: cert ? await cert.text() : null }));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('verify.intro')}
      </Typography>
      <Paper variant="outlined" sx={{ p: 2, mb: 2.5, display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <Button component="label" variant="outlined" startIcon={<UploadFileIcon />} sx={{ minHeight: 44 }}>
          {pkg ? pkg.name : t('verify.pick')}
          <input
            hidden
            type="file"
            accept=".zip,application/zip"
            aria-label={t('verify.pick')}
            onChange={(e) => setPkg(e.target.files?.[0] ?? null)}
          />
        </Button>
        <Box>
          <Button component="label" startIcon={<UploadFileIcon />} sx={{ minHeight: 44 }}>
            {cert ? cert.name : t('verify.cert')}
            <input
              hidden
              type="file"
              accept=".pem,.crt,.cer"
              aria-label={t('verify.cert')}
              onChange={(e) => setCert(e.target.files?.[0] ?? null)}
            />
          </Button>
          <Typography variant="body2" color="text.secondary">
            {t('verify.certHelp')}
          </Typography>
        </Box>
        <Button
          variant="contained"
          startIcon={<VerifiedUserIcon />}
          disabled={!pkg || verify.isPending}
          onClick={() => void run()}
          sx={{ ml: 'auto' }}
        >
          {verify.isPending ? t('verify.checking') : t('verify.check')}
        </Button>
      </Paper>
      {error && <Alert severity="error">{error}</Alert>}
      {result && <Verdict result={result} />}
    </>
  );
}

function Verdict({ result }: { result: PackageVerificationOut }) {
  const { t } = useTranslation('reports');
  // Hashes and sizes matter to a specialist; a failure always says why.
  const [details, setDetails] = useState(false);
  const s = result.summary;
  const valid = result.verdict === 'valid';
  return (
    <>
      <Alert severity={valid ? 'success' : 'error'} variant="filled" sx={{ mb: 2, fontSize: '1.05rem' }} data-verdict={result.verdict}>
        <AlertTitle sx={{ fontSize: '1.15rem' }}>{t(`verify.verdict.${result.verdict}`)}</AlertTitle>
        {result.signer &&
          (result.signerIsThisFacility === true
            ? t('verify.ownSigner')
            : result.signerChecked
              ? null
              : result.signerIsThisFacility === false
                ? t('verify.foreignSigner')
                : t('verify.notChecked'))}
      </Alert>
      {s && (
        <Paper
          variant="outlined"
          sx={{ p: 2, mb: 2, display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'max-content 1fr' }, columnGap: 3, rowGap: 0.75 }}
        >
          <Typography color="text.secondary">{t('verify.facility')}</Typography>
          <Typography>
            {s.facilityName}
            {s.stir ? ` · STIR ${s.stir}` : ''}
          </Typography>
          <Typography color="text.secondary">{t('verify.period')}</Typography>
          <Typography>
            {formatDate(s.periodFrom)} – {formatDate(s.periodTo)}
          </Typography>
          <Typography color="text.secondary">{t('verify.created')}</Typography>
          <Typography>{formatDateTime(s.createdAt)}</Typography>
          <Typography color="text.secondary">{t('verify.signedBy')}</Typography>
          <Typography>{s.signedBy}</Typography>
          {result.signer && (
            <>
              <Typography color="text.secondary">{t('verify.fingerprint')}</Typography>
              <Typography sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
                {groupedFingerprint(result.signer.fingerprint)}
              </Typography>
            </>
          )}
          {s.training && (
            <Typography sx={{ gridColumn: '1 / -1', color: 'error.main', fontWeight: 600 }}>{t('verify.training')}</Typography>
          )}
        </Paper>
      )}
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1, gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h3" sx={{ flex: 1 }}>
          {t('verify.checks')}
        </Typography>
        <FormControlLabel
          control={<Switch checked={details} onChange={(e) => setDetails(e.target.checked)} />}
          label={t('verify.details')}
        />
      </Box>
      <Paper variant="outlined">
        <List dense>
          {result.checks.map((c, i) => (
            <ListItem key={i} data-check={c.id} data-status={c.status}>
              <ListItemIcon sx={{ minWidth: 40 }} aria-label={t(`verify.status.${c.status}`)}>
                {ICONS[c.status]}
              </ListItemIcon>
              <ListItemText
                primary={c.label}
                secondary={details || c.status === 'failed' ? c.detail : null}
                slotProps={{ secondary: { sx: { wordBreak: 'break-word' } } }}
              />
            </ListItem>
          ))}
        </List>
      </Paper>
    </>
  );
}
