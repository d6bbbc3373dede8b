import { handlersFor } from '../context';
import { AppError, notFound } from '../errors';
import { getFacility } from '../../../db/repositories/facility';
import { listSigningKeys, type SigningKeyRow } from '../../../db/repositories/signing';
import { listUsers } from '../../../db/repositories/users';
import type { SigningKeyInfo } from '../../contract/signing.contract';
import { checkNewSigningPassword, generateKey, importP12, storeKey } from './keys';

function toKeyInfo(k: SigningKeyRow, names: Map<number, string>): SigningKeyInfo {
  return {
    id: k.id,
    status: k.status as SigningKeyInfo['status'],
    source: k.source as SigningKeyInfo['source'],
    provider: k.provider,
    subject: k.subject,
    fingerprint: k.fingerprint,
    notBefore: k.not_before,
    notAfter: k.not_after,
    createdAt: k.created_at,
    createdByName: names.get(k.created_by) ?? null,
    retiredAt: k.retired_at,
  };
}

async function userNames(db: Parameters<typeof listUsers>[0]) {
  return new Map((await listUsers(db)).map((u) => [u.id, u.full_name]));
}

export const signingHandlers = handlersFor({
  'signing.status': async (ctx) => {
    const keys = await listSigningKeys(ctx.db);
    const names = await userNames(ctx.db);
    const infos = keys.map((k) => toKeyInfo(k, names));
    return { active: infos.find((k) => k.status === 'active') ?? null, keys: infos };
  },
  'signing.createKey': async (ctx, input) => {
    const facility = await getFacility(ctx.db);
    if (!facility) throw new AppError('not_initialized');
    await checkNewSigningPassword(ctx, input);
    const row = await storeKey(ctx, generateKey(facility, ctx.now()), 'generated', input.signingPassword);
    return toKeyInfo(row, await userNames(ctx.db));
  },
  'signing.importKey': async (ctx, input) => {
    await checkNewSigningPassword(ctx, input);
    const kc = importP12(Buffer.from(input.fileBase64, 'base64'), input.filePassword, ctx.now());
    const row = await storeKey(ctx, kc, 'imported', input.signingPassword);
    return toKeyInfo(row, await userNames(ctx.db));
  },
  'signing.exportCertificate': async (ctx, input) => {
    const keys = await listSigningKeys(ctx.db);
    const key = input.keyId ? keys.find((k) => k.id === input.keyId) : keys.find((k) => k.status === 'active');
    if (!key) throw notFound();
    const stamp = key.created_at.slice(0, 10);
    return {
      fileName: `komak-facility-certificate-${stamp}.pem`,
      pem: key.certificate_pem,
      fingerprint: key.fingerprint,
      subject: key.subject,
    };
  },
});
