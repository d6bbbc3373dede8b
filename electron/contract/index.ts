import type { z } from 'zod';
import { setupContract } from './setup.contract';
import { authContract } from './auth.contract';
import { referenceContract } from './reference.contract';
import { billingContract } from './billing.contract';
import { billingClaimsContract } from './billing-claims.contract';
import { billingDocumentsContract } from './billing-documents.contract';
import { signingContract } from './signing.contract';
import { reportsContract } from './reports.contract';
import { clientsContract } from './clients.contract';
import { staysContract } from './stays.contract';
import { roomsContract } from './rooms.contract';
import { documentsContract } from './documents.contract';
import { waitingContract, homeContract } from './waiting.contract';
import { appealsContract } from './appeals.contract';
import { assessmentsContract } from './assessments.contract';
import { plansContract } from './plans.contract';
import { planWorkContract } from './plan-work.contract';
import { attendanceContract, rollCallContract } from './attendance.contract';
import { careLogContract } from './carelog.contract';
import { medicationContract } from './medication.contract';
import { incidentsContract, dailyContract } from './incidents.contract';
import { auditContract } from './audit.contract';
import { backupContract } from './backup.contract';
import { demoContract } from './demo.contract';
import { lanContract } from './lan.contract';
import { securityContract } from './security.contract';
import { holidaysContract } from './holidays.contract';

/** Every method of the API, declared once. Add an area by spreading its contract here. */
export const contract = {
  ...setupContract,
  ...authContract,
  ...referenceContract,
  ...billingContract,
  ...billingClaimsContract,
  ...billingDocumentsContract,
  ...signingContract,
  ...reportsContract,
  ...clientsContract,
  ...staysContract,
  ...roomsContract,
  ...documentsContract,
  ...waitingContract,
  ...homeContract,
  ...appealsContract,
  ...assessmentsContract,
  ...plansContract,
  ...planWorkContract,
  ...attendanceContract,
  ...rollCallContract,
  ...careLogContract,
  ...medicationContract,
  ...incidentsContract,
  ...dailyContract,
  ...auditContract,
  ...backupContract,
  ...demoContract,
  ...lanContract,
  ...securityContract,
  ...holidaysContract,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './core';
export * from './setup.contract';
export * from './auth.contract';
export * from './reference.contract';
export * from './billing.contract';
export * from './billing-claims.contract';
export * from './billing-documents.contract';
export * from './signing.contract';
export * from './reports.contract';
export * from './clients.contract';
export * from './stays.contract';
export * from './rooms.contract';
export * from './documents.contract';
export * from './waiting.contract';
export * from './appeals.contract';
export * from './assessments.contract';
export * from './plans.contract';
export * from './plan-work.contract';
export * from './attendance.contract';
export * from './carelog.contract';
export * from './medication.contract';
export * from './incidents.contract';
export * from './files.contract';
export * from './audit.contract';
export * from './backup.contract';
export * from './demo.contract';
export * from './lan.contract';
export * from './security.contract';
export * from './holidays.contract';
