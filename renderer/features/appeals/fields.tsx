// Keyboard-friendly inputs of the fast entry: a radio group is one Tab stop chosen with the arrows,
// a native select changes with the arrows or the first letters, a checkbox toggles with Space.
import type { ReactNode } from 'react';
import { Checkbox, FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup, TextField } from '@mui/material';

export interface Option {
  value: string;
  label: string;
}

export function ChoiceGroup(props: {
  name: string;
  label: string;
  value: string;
  options: Option[];
  onChange(v: string): void;
  error?: string;
  helper?: ReactNode;
}) {
  const id = `appeal-${props.name}`;
  return (
    <FormControl component="fieldset" error={!!props.error} sx={{ minWidth: 0 }}>
      <FormLabel component="legend" id={id} sx={{ fontWeight: 600, mb: 0.25 }}>
        {props.label}
      </FormLabel>
      <RadioGroup row aria-labelledby={id} name={props.name} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.options.map((o) => (
          <FormControlLabel key={o.value} value={o.value} control={<Radio size="small" />} label={o.label} sx={{ mr: 2.5 }} />
        ))}
      </RadioGroup>
      {(props.error || props.helper) && <FormHelperText>{props.error ?? props.helper}</FormHelperText>}
    </FormControl>
  );
}

export function CheckGroup(props: { name: string; label: string; value: string[]; options: Option[]; onChange(v: string[]): void }) {
  const id = `appeal-${props.name}`;
  return (
    <FormControl component="fieldset" sx={{ minWidth: 0 }}>
      <FormLabel component="legend" id={id} sx={{ fontWeight: 600, mb: 0.25 }}>
        {props.label}
      </FormLabel>
      <div role="group" aria-labelledby={id} style={{ display: 'flex', flexWrap: 'wrap' }}>
        {props.options.map((o) => (
          <FormControlLabel
            key={o.value}
            label={o.label}
            sx={{ mr: 2.5 }}
            control={
              <Checkbox
                size="small"
                name={props.name}
                value={o.value}
                checked={props.value.includes(o.value)}
                onChange={(e) => props.onChange(e.target.checked ? [...props.value, o.value] : props.value.filter((v) => v !== o.value))}
              />
            }
          />
        ))}
      </div>
    </FormControl>
  );
}

export function NativeSelect(props: {
  name: string;
  label: string;
  value: string;
  options: Option[];
  onChange(v: string): void;
  error?: string;
  helper?: string;
  /** A first, empty choice ("not recorded"), when the field may be left empty. */
  empty?: string;
  required?: boolean;
  disabled?: boolean;
}) {
  return (
    <TextField
      select
      name={props.name}
      label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      error={!!props.error}
      helperText={props.error ?? props.helper}
      required={props.required}
      disabled={props.disabled}
      size="small"
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      {props.empty !== undefined && <option value="">{props.empty}</option>}
      {props.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </TextField>
  );
}
