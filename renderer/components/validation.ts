// Quick checks in the form, so a mistake shows before the round trip. The backend checks everything
// again and its per-field messages are shown the same way; these only mirror its simplest rules.
import i18next from 'i18next';

const t = i18next.t.bind(i18next);

export type FieldErrors = Record<string, string>;

/** The errors left once the user has changed some fields: a corrected field stops showing its old message. */
export function withoutFields(errors: FieldErrors, changed: object): FieldErrors {
  const keys = Object.keys(changed);
  if (!keys.some((k) => k in errors)) return errors;
  return Object.fromEntries(Object.entries(errors).filter(([k]) => !keys.includes(k)));
}

export function checkNewPassword(password: string, repeat: string, names = { password: 'newPassword', repeat: 'repeat' }): FieldErrors {
  const errors: FieldErrors = {};
  if (password.length < 8) errors[names.password] = t('v.passwordShort');
  else if (password !== repeat) errors[names.repeat] = t('v.passwordMismatch');
  return errors;
}

export interface FacilityForm {
  name: string;
  regionSoato: string;
  districtSoato: string;
  address: string;
  capacity: string;
  licenceNo: string;
  stir: string;
  phone: string;
}

export const EMPTY_FACILITY: FacilityForm = {
  name: '',
  regionSoato: '',
  districtSoato: '',
  address: '',
  capacity: '',
  licenceNo: '',
  stir: '',
  phone: '',
};

export function checkFacility(f: FacilityForm): FieldErrors {
  const errors: FieldErrors = {};
  if (!f.name.trim()) errors.name = t('v.required');
  if (!f.regionSoato) errors.regionSoato = t('v.region');
  if (!f.districtSoato) errors.districtSoato = t('v.district');
  if (!f.address.trim()) errors.address = t('v.required');
  const capacity = Number(f.capacity);
  if (!f.capacity.trim()) errors.capacity = t('v.required');
  else if (!Number.isInteger(capacity) || capacity < 1 || capacity > 1000) errors.capacity = t('v.capacity');
  if (f.stir.trim() && !/^\d{9}$/.test(f.stir.trim())) errors.stir = t('v.stir');
  if (f.phone.trim() && !/^\+998\d{9}$/.test(f.phone.replace(/[\s()-]/g, ''))) errors.phone = t('v.phone');
  return errors;
}

/** The form's text values as the contract's `facilityDetails` (without the kind). */
export function facilityInput(f: FacilityForm) {
  return {
    name: f.name.trim(),
    regionSoato: f.regionSoato,
    districtSoato: f.districtSoato,
    address: f.address.trim(),
    // An empty or non-numeric capacity goes as NaN so the backend's own message comes back for it.
    capacity: f.capacity.trim() === '' ? Number.NaN : Number(f.capacity),
    licenceNo: f.licenceNo.trim() || null,
    stir: f.stir.trim() || null,
    phone: f.phone.trim() || null,
  };
}
