import type { DemoArea } from './world';
import { staffArea } from './staff';
import { roomsArea } from './rooms';
import { clientsArea } from './clients';
import { appealsArea } from './appeals';
import { billingArea } from './billing';
import { dailyArea } from './daily';
import { plansArea } from './plans';

/**
 * The generator's areas, in the order their hooks run each simulated day. Adding an area is a new
 * file in this folder exporting a DemoArea, and one line here.
 */
// prettier-ignore
export const demoAreas: DemoArea[] = [
  staffArea,
  roomsArea,
  clientsArea,
  billingArea,
  dailyArea,
  plansArea,
  appealsArea,
];
