import { handlersFor } from '../context';
import { getLanCertificate, saveLanCertificate } from '../../../db/repositories/lan';
import { getFacility } from '../../../db/repositories/facility';
import { createFacilityCertificate } from './certificate';

export const lanHandlers = handlersFor({
  'lan.enable': async (ctx) => {
    const now = ctx.now();
    let cert = await getLanCertificate(ctx.db);
    // A certificate near its end is replaced; otherwise tablets keep the one they trusted.
    if (!cert || Date.parse(cert.valid_until) - now.getTime() < 30 * 86_400_000) {
      const made = createFacilityCertificate((await getFacility(ctx.db))?.name ?? 'Komak', now);
      const row = {
        cert_pem: made.certPem,
        key_pem: made.keyPem,
        fingerprint: made.fingerprint,
        created_at: made.createdAt,
        valid_until: made.validUntil,
      };
      await saveLanCertificate(ctx.db, row);
      cert = { id: 1, ...row };
    }
    await ctx.audit({ action: 'lan.enable', objectType: 'lan_certificate', objectId: cert.fingerprint.slice(0, 23) });
    return { fingerprint: cert.fingerprint, createdAt: cert.created_at, validUntil: cert.valid_until };
  },
});
