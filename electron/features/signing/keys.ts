// Creating, importing and unlocking the facility's signing key. The private key exists in clear
// only inside one call, after the manager typed the signing password.
import { X509Certificate } from 'node:crypto';
import type { FacilityRow } from '../../../db/schema';
import {
  activeSigningKey,
  findSigningKeyByFingerprint,
  insertSigningKey,
  resealSigningKey,
  retireActiveKey,
  type SigningKeyRow,
} from '../../../db/repositories/signing';
import { findUserById } from '../../../db/repositories/users';
import { reference } from '../reference/reference';
import { AppError, conflict, invalid } from '../errors';
import { verifyPassword } from '../auth/passwords';
import type { AuthedContext } from '../context';
import { iso } from '../context';
import { certificateInfo, createSelfSignedCertificate, readP12, type KeyAndCertificate } from './certificate';
import { needsReseal, openPrivateKey, sealPrivateKey, type SealedKey } from './key-vault';
import { RsaKeySigner, type Signer } from './signer';

export const KOMAK_RSA_PROVIDER = 'komak-rsa';

/** The certificate's subject from the facility record (names of the region and district in Uzbek). */
export function subjectFor(f: FacilityRow) {
  const { regions, districts } = reference();
  return {
    facilityName: f.name,
    stir: f.stir,
    regionName: regions.find((r) => r.soato === f.region_soato)?.uz ?? f.region_soato,
    districtName: districts.find((d) => d.soato === f.district_soato)?.uz ?? f.district_soato,
  };
}

export async function checkNewSigningPassword(
  ctx: AuthedContext,
  input: { signingPassword: string; confirmPassword: string; replace: boolean },
): Promise<void> {
  if (input.signingPassword !== input.confirmPassword) throw invalid({ confirmPassword: 'v.passwordMismatch' });
  // A stolen sign-in password must not also sign reports.
  const me = await findUserById(ctx.db, ctx.user.id);
  if (me && (await verifyPassword(me.password_hash, input.signingPassword)))
    throw invalid({ signingPassword: 'v.signingPasswordSameAsLogin' });
  if (!input.replace && (await activeSigningKey(ctx.db))) throw conflict('keyExists', { replace: 'conflict.keyExists' });
}

export async function storeKey(
  ctx: AuthedContext,
  kc: KeyAndCertificate,
  source: 'generated' | 'imported',
  password: string,
): Promise<SigningKeyRow> {
  const info = certificateInfo(kc.certificatePem);
  if (await findSigningKeyByFingerprint(ctx.db, info.fingerprint)) throw conflict('keyKnown');
  const sealed = await sealPrivateKey(kc.privateKeyPem, password, info.fingerprint);
  const now = iso(ctx.now());
  const retired = await retireActiveKey(ctx.db, now, ctx.user.id);
  const id = await insertSigningKey(ctx.db, {
    status: 'active',
    source,
    provider: KOMAK_RSA_PROVIDER,
    certificate_pem: kc.certificatePem,
    fingerprint: info.fingerprint,
    subject: info.subject,
    not_before: info.notBefore,
    not_after: info.notAfter,
    sealed_key: JSON.stringify(sealed),
    created_at: now,
    created_by: ctx.user.id,
    retired_at: null,
    retired_by: null,
  });
  await ctx.audit({
    action: source === 'generated' ? 'signing.createKey' : 'signing.importKey',
    objectType: 'signing_key',
    objectId: String(id),
    changes: {
      fingerprint: [null, info.fingerprint],
      subject: [null, info.subject],
      ...(retired ? { retiredKeyId: [retired, null] } : {}),
    },
  });
  return (await activeSigningKey(ctx.db))!;
}

export function generateKey(f: FacilityRow, now: Date): KeyAndCertificate {
  return createSelfSignedCertificate(subjectFor(f), now);
}

export function importP12(bytes: Buffer, password: string, now: Date): KeyAndCertificate {
  const r = readP12(bytes, password);
  if ('problem' in r) {
    const key = { unreadable: 'v.p12Unreadable', no_key: 'v.p12NoKey', not_rsa: 'v.p12NotRsa', no_certificate: 'v.p12NoCertificate' }[
      r.problem
    ];
    throw invalid({ fileBase64: key });
  }
  const x = new X509Certificate(r.certificatePem);
  if (Date.parse(x.validTo) < now.getTime() || Date.parse(x.validFrom) > now.getTime()) throw invalid({ fileBase64: 'v.p12Expired' });
  return r;
}

/**
 * The active key, opened with the signing password, as a Signer. A wrong password is recorded in
 * the audit trail (the failed attempt is kept even though the call fails).
 */
export async function unlockSigner(ctx: AuthedContext, password: string): Promise<{ signer: Signer; key: SigningKeyRow }> {
  const key = await activeSigningKey(ctx.db);
  if (!key) throw conflict('noSigningKey');
  const sealed = JSON.parse(key.sealed_key) as SealedKey;
  const pem = await openPrivateKey(sealed, password, key.fingerprint);
  if (pem === null) {
    await ctx.audit({ action: 'signing.unlock', objectType: 'signing_key', objectId: String(key.id), outcome: 'failed' });
    throw new AppError('validation', {}, { signingPassword: 'v.signingPasswordWrong' }, true);
  }
  if (needsReseal(sealed)) {
    // Sealed under older cost settings: sealed again under today's, with the same password.
    await resealSigningKey(ctx.db, key.id, JSON.stringify(await sealPrivateKey(pem, password, key.fingerprint)));
    await ctx.audit({
      action: 'signing.reseal',
      objectType: 'signing_key',
      objectId: String(key.id),
      changes: { kdf: { before: `scrypt N=${sealed.N} r=${sealed.r} p=${sealed.p}`, after: 'current' } },
    });
  }
  return { signer: new RsaKeySigner({ privateKeyPem: pem, certificatePem: key.certificate_pem }), key };
}
