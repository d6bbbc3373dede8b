import { useRef, useState } from 'react';
import { Avatar, Box, ButtonBase, Tooltip } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import AddAPhotoIcon from '@mui/icons-material/AddAPhoto';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { errorMessage } from '../../components/errors';
import { fileToBase64 } from './files';

/** The photo where the viewer may see who it is; a lock otherwise. Editors set it by clicking (JPEG/PNG, 2 MB). */
export function ClientPhoto({
  clientId,
  hasPhoto,
  hidden,
  canEdit,
}: {
  clientId: number;
  hasPhoto: boolean;
  hidden: boolean;
  canEdit: boolean;
}) {
  const { t } = useTranslation('clients');
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const photo = useApiQuery('clients.photo', { clientId }, { enabled: hasPhoto && !hidden }).data;
  const set = useApiMutation('clients.setPhoto', { invalidates: ['clients.photo', 'clients.get'] });
  const size = { width: 76, height: 76 };
  if (hidden) {
    return (
      <Avatar sx={{ ...size, bgcolor: 'action.selected', color: 'text.secondary' }} aria-label={t('hidden.name')}>
        <LockIcon />
      </Avatar>
    );
  }
  const avatar = (
    <Avatar
      src={photo ? `data:${photo.mime};base64,${photo.contentBase64}` : undefined}
      sx={{ ...size, bgcolor: 'primary.light' }}
      alt=""
    />
  );
  if (!canEdit) return avatar;
  const choose = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    try {
      await set.mutateAsync({
        clientId,
        mime: file.type === 'image/png' ? 'image/png' : 'image/jpeg',
        contentBase64: await fileToBase64(file),
      });
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Tooltip title={error ?? t('photo.set')}>
      <ButtonBase onClick={() => input.current?.click()} sx={{ borderRadius: '50%', position: 'relative' }} aria-label={t('photo.set')}>
        {avatar}
        <Box
          sx={{
            position: 'absolute',
            right: -2,
            bottom: -2,
            bgcolor: 'background.paper',
            borderRadius: '50%',
            p: 0.5,
            display: 'grid',
            boxShadow: 1,
            color: error ? 'error.main' : 'primary.main',
          }}
        >
          <AddAPhotoIcon sx={{ fontSize: 18 }} />
        </Box>
        <input ref={input} type="file" hidden accept="image/jpeg,image/png" onChange={(e) => void choose(e.target.files?.[0])} />
      </ButtonBase>
    </Tooltip>
  );
}
