import { useState } from 'react';
import { Button, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import TranslateIcon from '@mui/icons-material/Translate';
import CheckIcon from '@mui/icons-material/Check';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, UI_LANGS } from '../i18n/types';
import { useLanguage } from './useLanguage';

/** A button naming the current language; the menu names each language in itself. Used before sign-in. */
export function LanguageSwitch({ color = 'inherit' }: { color?: 'inherit' | 'primary' }) {
  const { t } = useTranslation();
  const { lang, change } = useLanguage();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        color={color}
        startIcon={<TranslateIcon />}
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-haspopup="menu"
        aria-label={`${t('shell.language')}: ${LANGUAGE_NAMES[lang]}`}
      >
        {LANGUAGE_NAMES[lang]}
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {UI_LANGS.map((l) => (
          <MenuItem
            key={l}
            selected={l === lang}
            lang={l}
            onClick={() => {
              setAnchor(null);
              void change(l);
            }}
          >
            <ListItemIcon>{l === lang && <CheckIcon fontSize="small" />}</ListItemIcon>
            <ListItemText>{LANGUAGE_NAMES[l]}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
